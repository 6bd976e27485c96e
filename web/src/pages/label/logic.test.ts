import { describe, expect, it } from 'vitest';
import type { Application, ApplicationCriterion, LabelLevel, LabelProposal } from '../../api/label';
import { translator } from '../../i18n';
import { application } from '../../testing/labelData';
import { ANSWER_LEVEL_TEXT } from '../measurement/texts';
import {
  addDays,
  afterAssignment,
  decisionProblems,
  fileSize,
  isOverdue,
  latestDecided,
  localVerifyPath,
  needsOverrideReason,
  normaliseCertificateCode,
  openApplication,
  orderCriteria,
  proposalText,
  reviewedCount,
  withLanguage,
} from './logic';

const en = translator('en');

function criterion(id: string, acceptedLevel: ApplicationCriterion['acceptedLevel']): ApplicationCriterion {
  return { criterionId: id, level: 'competent', comment: '', evidence: [], acceptedLevel, feedback: '' };
}

const PROPOSAL: LabelProposal = { label: 'competent', next: 'proficient', missing: 0, below: [] };

describe('decisionProblems', () => {
  const reviewed = [criterion('C01', 'competent'), criterion('C02', 'proficient')];
  const cases: {
    name: string;
    label: LabelLevel | '';
    reason: string;
    proposal: LabelProposal | null;
    criteria: ApplicationCriterion[];
    want: string[];
  }[] = [
    { name: 'the proposal, no reason', label: 'competent', reason: '', proposal: PROPOSAL, criteria: reviewed, want: [] },
    { name: 'the proposal, a reason is not needed', label: 'competent', reason: 'x', proposal: PROPOSAL, criteria: reviewed, want: [] },
    { name: 'no label chosen', label: '', reason: '', proposal: PROPOSAL, criteria: reviewed, want: ['label'] },
    { name: 'another label without reason', label: 'proficient', reason: '   ', proposal: PROPOSAL, criteria: reviewed, want: ['reasonMissing'] },
    { name: 'a reason of 9 characters', label: 'none', reason: ' 123456789 ', proposal: PROPOSAL, criteria: reviewed, want: ['reasonShort'] },
    { name: 'a reason of 10 characters', label: 'none', reason: '1234567890', proposal: PROPOSAL, criteria: reviewed, want: [] },
    // Code points, as the server counts: 10 emoji are 20 UTF-16 units but 10 characters.
    { name: '10 emoji are 10 characters', label: 'expert', reason: '😀'.repeat(10), proposal: PROPOSAL, criteria: reviewed, want: [] },
    { name: 'a reason of 2001 characters', label: 'expert', reason: 'a'.repeat(2001), proposal: PROPOSAL, criteria: reviewed, want: ['reasonLong'] },
    { name: 'a reason of 2000 characters', label: 'expert', reason: 'a'.repeat(2000), proposal: PROPOSAL, criteria: reviewed, want: [] },
    {
      name: 'a criterion without accepted level',
      label: '',
      reason: '',
      proposal: null,
      criteria: [criterion('C01', 'competent'), criterion('C02', null)],
      want: ['notReviewed', 'label'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(decisionProblems(c.label, c.reason, c.proposal, c.criteria)).toEqual(c.want);
    });
  }
});

describe('needsOverrideReason', () => {
  it.each([
    ['competent', PROPOSAL, false],
    ['expert', PROPOSAL, true],
    ['none', PROPOSAL, true],
    ['', PROPOSAL, false],
    ['expert', null, false],
  ] as const)('%s against the proposal %o: %s', (label, proposal, want) => {
    expect(needsOverrideReason(label, proposal)).toBe(want);
  });
});

describe('proposalText', () => {
  const names = { C01: '1 Personalised learning', C02: '2 Inquiry' };
  it('names the label, the criteria still short and the ones too far below', () => {
    const text = proposalText(
      en,
      {
        label: 'competent',
        next: 'proficient',
        missing: 3,
        below: [
          { criterionId: 'C01', level: 'competent', gap: 1, tooFar: false },
          { criterionId: 'C09', level: 'not_yet', gap: 2, tooFar: true },
        ],
      },
      names,
      ANSWER_LEVEL_TEXT,
    );
    expect(text.label).toBe('The accepted levels give the label: Competent.');
    expect(text.missing).toBe('For Proficient, 3 more criteria must reach that level.');
    expect(text.lead).toBe('For Proficient, these criteria hold the school back:');
    expect(text.blockers).toEqual([
      '1 Personalised learning: Competent, 1 level to go',
      'C09: Not yet, 2 levels to go This criterion is too far below Proficient.',
    ]);
  });

  it('says when one criterion is short, and nothing more at the top', () => {
    expect(proposalText(en, { label: 'none', next: 'competent', missing: 1, below: [] }, names, ANSWER_LEVEL_TEXT)).toEqual({
      label: 'The accepted levels give the label: No label.',
      missing: 'For Competent, 1 more criterion must reach that level.',
      lead: null,
      blockers: [],
    });
    expect(proposalText(en, { label: 'expert', next: null, missing: 0, below: [] }, names, ANSWER_LEVEL_TEXT)).toEqual({
      label: 'The accepted levels give the label: Expert.',
      missing: null,
      lead: 'This is the highest label.',
      blockers: [],
    });
  });
});

describe('normaliseCertificateCode', () => {
  it.each([
    ['abcd efgh', 'ABCDEFGH'],
    ['  k7m2-p9qx ', 'K7M2-P9QX'],
    ['https://stemkompas.be/verify/AB12CD34', 'AB12CD34'],
    ['http://127.0.0.1:18482/verify/ab%2012?x=1', 'AB12'],
    ['', ''],
  ])('%j → %j', (input, want) => {
    expect(normaliseCertificateCode(input)).toBe(want);
  });
});

describe('small helpers', () => {
  it('turn the absolute verification link into an app path', () => {
    expect(localVerifyPath('https://stemkompas.be/verify/AB12CD34')).toBe('/verify/AB12CD34');
    expect(localVerifyPath('/elsewhere')).toBe('/elsewhere');
  });

  it('add the language to a certificate address once', () => {
    expect(withLanguage('/api/label-applications/3/certificate.pdf', 'en')).toBe('/api/label-applications/3/certificate.pdf?lang=en');
    expect(withLanguage('/x?a=1', 'nl')).toBe('/x?a=1&lang=nl');
    expect(withLanguage('/x?lang=en', 'nl')).toBe('/x?lang=en');
  });

  it('add calendar days across months, leap days and years', () => {
    expect(addDays('2027-02-20', 21)).toBe('2027-03-13');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('not a day', 3)).toBe('not a day');
  });

  it('call a due day overdue only once it is past', () => {
    expect(isOverdue('2026-11-25', '2026-11-26')).toBe(true);
    expect(isOverdue('2026-11-26', '2026-11-26')).toBe(false);
    expect(isOverdue(null, '2026-11-26')).toBe(false);
  });

  it('show file sizes in the UI language', () => {
    expect(fileSize(512, 'en')).toBe('512 B');
    expect(fileSize(1_450_000, 'en')).toBe('1.5 MB');
    expect(fileSize(1_450_000, 'nl')).toBe('1,5 MB');
    expect(fileSize(20_000_000, 'en')).toBe('20 MB');
    expect(fileSize(null, 'en')).toBe('');
  });

  it('order criteria as the framework does, unknown ones last in their own order', () => {
    const rows = [{ criterionId: 'X2' }, { criterionId: 'C02' }, { criterionId: 'X1' }, { criterionId: 'C01' }];
    expect(orderCriteria(rows, ['C01', 'C02']).map((r) => r.criterionId)).toEqual(['C01', 'C02', 'X2', 'X1']);
  });

  it('count the criteria with an accepted level', () => {
    expect(reviewedCount([criterion('C01', 'expert'), criterion('C02', null), criterion('C03', 'not_yet')])).toBe(2);
  });
});

describe('which application', () => {
  const decision = (decidedAt: number) => ({
    label: 'competent' as const,
    proposedLabel: 'competent' as const,
    overrideReason: null,
    decidedAt,
    decidedByName: null,
    validFrom: '2026-11-26',
    validUntil: '2029-11-26',
    certificateCode: 'C',
    certificateUrl: null,
    verifyUrl: null,
  });
  const apps: Application[] = [
    application({ id: 4, status: 'withdrawn' }),
    application({ id: 3, status: 'decided', decision: decision(100) }),
    application({ id: 5, status: 'decided', decision: decision(200) }),
    application({ id: 6, status: 'in_review' }),
  ];

  it('finds the open one and the newest decision', () => {
    expect(openApplication(apps)?.id).toBe(6);
    expect(latestDecided(apps)?.id).toBe(5);
    expect(openApplication(apps.slice(0, 3))).toBeNull();
    expect(latestDecided([])).toBeNull();
  });
});

describe('afterAssignment', () => {
  const row = { id: 1, organisationId: 3, organisationName: 'A', status: 'submitted' as const, submittedAt: 1, reviewer: null, dueOn: null, decidedLabel: null };
  const list = {
    applications: [row],
    reviewers: [{ id: 9, name: 'Rita' }],
    page: 1,
    size: 50,
    pages: 1,
    total: 1,
    counts: { status: { submitted: 1, in_review: 0, decided: 0, withdrawn: 0 }, reviewer: { none: 1, '9': 0 } },
  };
  const assigned = { ...row, status: 'in_review' as const, reviewer: { id: 9, name: 'Rita' }, dueOn: '2027-01-01' };

  it('replaces the row and moves both counts without filters', () => {
    const after = afterAssignment(list, {}, assigned);
    expect(after.applications).toEqual([assigned]);
    expect(after.counts.status).toEqual({ submitted: 0, in_review: 1, decided: 0, withdrawn: 0 });
    expect(after.counts.reviewer).toEqual({ none: 0, '9': 1 });
  });

  it('moves each facet only where the row matched the other filter', () => {
    const after = afterAssignment(list, { status: 'submitted', reviewer: 'none' }, assigned);
    // Status counts are counted with reviewer=none: the row leaves it, so it is counted nowhere now.
    expect(after.counts.status).toEqual({ submitted: 0, in_review: 0, decided: 0, withdrawn: 0 });
    // Reviewer counts are counted with status=submitted: the same.
    expect(after.counts.reviewer).toEqual({ none: 0, '9': 0 });
    expect(afterAssignment(list, {}, { ...assigned, id: 2 })).toBe(list);
  });
});
