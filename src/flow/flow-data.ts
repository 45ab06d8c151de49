/**
 * The question flow as data: each question's answers (their values are also the URL segments)
 * and where each answer leads. A target is another question, or "outcome:<id>"; a list of
 * targets is tried in order, each but the last behind a named guard (see guards.ts).
 * No words here: each question's and outcome's words are in content/flow/, keyed by these ids.
 */
import type { GuardName } from './guards.ts';

export type Target = string;
export type GuardedTarget = { guard: GuardName; target: Target };
export type AnswerTarget = Target | [...GuardedTarget[], Target];

export interface QuestionData {
  answers: Record<string, AnswerTarget>;
  /** Offer "I'm not sure": it leads to a help step that explains how to tell, then asks again. */
  unsure?: boolean;
}

/** The segment that opens a question's help step. */
export const NOT_SURE = 'not-sure';

/** The first question. */
export const START = 'role';

export const QUESTIONS = {
  role: {
    answers: {
      council: 'council-type',
      trust: 'trust-type',
      ccg: 'outcome:ccg',
      'primary-care': 'outcome:primary-care',
      voluntary: 'voluntary-type',
      public: 'outcome:public',
    },
  },
  'council-type': {
    answers: { county: 'council-role', district: 'outcome:district-council', unitary: 'council-role' },
    unsure: true,
  },
  // Councillors and other officers get the same page, so they share one answer ("councillor").
  'council-role': {
    answers: {
      councillor: [{ guard: 'choseCountyCouncil', target: 'outcome:county-council' }, 'outcome:unitary-council'],
      'public-health': 'outcome:public-health',
    },
  },
  'trust-type': {
    answers: { foundation: 'foundation-role', 'nhs-trust': 'trust-reach' },
    unsure: true,
  },
  // Directors and other staff get the same pages, so they share one answer ("director").
  'foundation-role': {
    answers: { governor: 'outcome:ft-governor', director: 'trust-reach' },
  },
  'trust-reach': {
    answers: {
      several: 'outcome:multi-system-trust',
      one: [{ guard: 'choseFoundationTrust', target: 'outcome:ft-director' }, 'outcome:nhs-trust'],
    },
    unsure: true,
  },
  'voluntary-type': {
    answers: { vcse: 'outcome:voluntary-sector', healthwatch: 'outcome:healthwatch' },
  },
} as const satisfies Record<string, QuestionData>;

export type QuestionId = keyof typeof QUESTIONS;

export const OUTCOMES = [
  'county-council',
  'district-council',
  'unitary-council',
  'public-health',
  'ft-governor',
  'ft-director',
  'nhs-trust',
  'multi-system-trust',
  'ccg',
  'primary-care',
  'voluntary-sector',
  'healthwatch',
  'public',
] as const;

export type OutcomeId = (typeof OUTCOMES)[number];

/** Every answer value any question offers, plus "not sure": the events the machine accepts. */
export type AnswerValue = {
  [Q in QuestionId]: keyof (typeof QUESTIONS)[Q]['answers'];
}[QuestionId] & string;
