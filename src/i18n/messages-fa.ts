/**
 * The Persian catalog. Every key of the English catalog must be here (a test checks it).
 */
import type { Messages } from './messages-en';

export const fa: Partial<Messages> = {
  'app.title': 'شبیه‌ساز تخصیص اعتبار به بنگاه‌های کوچک و متوسط',
  'lang.switch': 'زبان',
  'lang.en': 'English',
  'lang.fa': 'فارسی',
};
