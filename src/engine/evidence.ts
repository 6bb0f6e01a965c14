/**
 * The evidence on jobs per US$ 1 million of credit that the app shows beside the model's own figure
 * (MODEL.md 5; CALIBRATION.md 2 and 5, with their grades). One row per study; the text in both
 * languages lives here with the numbers, so that a row cannot be translated without its figure.
 */

/** Text in both of the app's languages. */
export interface BilingualText {
  readonly en: string;
  readonly fa: string;
}

/** One study's figure of jobs per US$ 1 million of credit. */
export interface EvidenceRow {
  readonly id: string;
  readonly source: BilingualText;
  readonly country: BilingualText;
  /** Years over which the jobs were counted (a rough horizon for a range of studies). */
  readonly horizonYears: number;
  /** Jobs per US$ 1 million: a single figure has low = high. */
  readonly low: number;
  readonly high: number;
  readonly note: BilingualText;
}

export const JOBS_EVIDENCE: readonly EvidenceRow[] = [
  {
    id: 'sba',
    source: { en: 'Brown and Earle (2017), Journal of Finance', fa: 'براون و ارل (۲۰۱۷)، ژورنال فایننس' },
    country: { en: 'United States (SBA loans)', fa: 'ایالات متحده (وام‌های SBA)' },
    horizonYears: 3,
    low: 3,
    high: 3.5,
    note: { en: 'jobs per US$1m of guaranteed loans, firm-level matching', fa: 'شغل به ازای هر یک میلیون دلار وام تضمین‌شده، تطبیق در سطح بنگاه' },
  },
  {
    id: 'kgf',
    source: { en: 'Akcigit, Seven, Yarba and Yilmaz (2021), CBRT', fa: 'آکچیگیت، سون، یاربا و ییلماز (۲۰۲۱)، بانک مرکزی ترکیه' },
    country: { en: 'Turkey (KGF guarantees)', fa: 'ترکیه (ضمانت‌های KGF)' },
    horizonYears: 2,
    low: 10,
    high: 10,
    note: { en: '2.7 jobs per TL 1m, about 10 per US$1m at 2017 rates', fa: '۲٫۷ شغل به ازای هر یک میلیون لیر، حدود ۱۰ به ازای هر یک میلیون دلار به نرخ ۲۰۱۷' },
  },
  {
    id: 'ifc',
    source: { en: 'IFC (2021)', fa: 'مؤسسه مالی بین‌المللی (۲۰۲۱)' },
    country: { en: 'Emerging markets (SME lending)', fa: 'بازارهای نوظهور (وام به بنگاه‌های کوچک و متوسط)' },
    horizonYears: 2,
    low: 16.3,
    high: 16.3,
    note: { en: 'direct jobs over two years, firm-level regression', fa: 'شغل مستقیم در دو سال، رگرسیون در سطح بنگاه' },
  },
  {
    id: 'zoodbazde',
    source: { en: "Iran's quick-yielding enterprises programme (1385-89), Majlis Research Center", fa: 'طرح بنگاه‌های زودبازده (۱۳۸۵-۱۳۸۹)، مرکز پژوهش‌های مجلس' },
    country: { en: 'Iran', fa: 'ایران' },
    horizonYears: 2,
    low: 19,
    high: 23,
    note: { en: '~50 claimed per US$1m at ~9,200 rials/$, of which 40-48% realised', fa: 'حدود ۵۰ شغل اعلام‌شده به ازای هر یک میلیون دلار (به نرخ حدود ۹٬۲۰۰ ریال)، که ۴۰ تا ۴۸ درصد آن محقق شد' },
  },
];

/**
 * The band the evidence check uses (CALIBRATION.md 5): 3 to 25 jobs per US$ 1m at year 2, from the
 * SBA's 3 to the ~19-23 that Iran's own programme realised, with room for Iran's low dollar wages.
 */
export const JOBS_EVIDENCE_BAND = { low: 3, high: 25 } as const;

/** Where a figure lies against the band: below, inside or above (undefined for a figure that is not a number). */
export function evidenceVerdict(jobsPerUsdMillion: number): 'below' | 'inside' | 'above' | undefined {
  if (!Number.isFinite(jobsPerUsdMillion)) return undefined;
  if (jobsPerUsdMillion < JOBS_EVIDENCE_BAND.low) return 'below';
  if (jobsPerUsdMillion > JOBS_EVIDENCE_BAND.high) return 'above';
  return 'inside';
}
