// Types of <breach-notice-check> (element.js). Importing the module defines the element.
import type { Audience, LanguageCode, Report } from './breachnotice.js';

/** `detail` of the `breach-notice-error` event. */
export interface BreachNoticeErrorDetail {
  /** What went wrong, as shown in the element (e.g. the engine could not be loaded). */
  message: string;
}

/** The checker as a custom element: a notice box, the checklist and the highlighted text. */
export declare class BreachNoticeCheck extends HTMLElement {
  /** `audience` attribute: whose article's content rules apply. */
  static readonly observedAttributes: string[];
  /** The last report, or `null` before the first check. */
  readonly report: Report | null;
  /** The notice text (setting it re-checks). */
  value: string;
  /** Checks the current text now; the report, or `null` before the engine has loaded. */
  check(): Report | null;
  /**
   * Drafts a notice from incident facts (a JSON string, contract §3) for the element's
   * audience in `lang` (default English): plain text with visible `[placeholders]`.
   * Resolves once the engine has loaded; rejects on bad facts or language.
   */
  draft(factsJson: string, lang?: LanguageCode | 'auto'): Promise<string>;
}

/** The element's attributes, for frameworks that type them. */
export interface BreachNoticeCheckAttributes {
  audience?: Audience;
  /** The notice's language: `auto` (default: detect) or a code. */
  'notice-lang'?: LanguageCode | 'auto';
  /** The element's own words: `en` or `de` (default: the browser's language). */
  locale?: 'en' | 'de';
}

declare global {
  interface HTMLElementTagNameMap {
    'breach-notice-check': BreachNoticeCheck;
  }
  interface HTMLElementEventMap {
    /** After every check: the report. */
    'breach-notice-report': CustomEvent<Report>;
    /** When the engine cannot load or a check fails (also shown in the element). */
    'breach-notice-error': CustomEvent<BreachNoticeErrorDetail>;
  }
}
