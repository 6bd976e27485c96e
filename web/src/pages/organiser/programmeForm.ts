// The programme form's state, its conversion to the API body, its required checks, and the mapping
// of the server's field names (`description.nl`, `phases[2].closesOn`, …) to the form's inputs.

import { PHASE_KINDS } from '../../api';
import type { Audience, PhaseKind, Programme, ProgrammeInput } from '../../api';
import type { FieldErrors } from '../../components/formErrors';
import type { Translate } from '../../i18n';

export interface PhaseFields {
  opensOn: string;
  closesOn: string;
}

export interface ProgrammeFields {
  name: string;
  schoolYear: string;
  audience: Audience;
  region: string;
  frameworkId: string;
  maxSchools: string;
  descriptionNl: string;
  descriptionEn: string;
  published: boolean;
  phases: Record<PhaseKind, PhaseFields>;
}

export const phaseId = (kind: PhaseKind, part: keyof PhaseFields) => `phase-${kind}-${part}`;

/** The ids of the inputs in the order they are shown (for the error summary). */
export const FORM_ORDER = [
  'name',
  'schoolYear',
  'audience',
  'region',
  'frameworkId',
  'maxSchools',
  'descriptionNl',
  'descriptionEn',
  'published',
  ...PHASE_KINDS.flatMap((kind) => [phaseId(kind, 'opensOn'), phaseId(kind, 'closesOn')]),
];

function emptyPhases(): Record<PhaseKind, PhaseFields> {
  return Object.fromEntries(PHASE_KINDS.map((k) => [k, { opensOn: '', closesOn: '' }])) as Record<
    PhaseKind,
    PhaseFields
  >;
}

export function emptyProgramme(frameworkId = ''): ProgrammeFields {
  return {
    name: '',
    schoolYear: '',
    audience: 'secondary',
    region: '',
    frameworkId,
    maxSchools: '',
    descriptionNl: '',
    descriptionEn: '',
    published: false,
    phases: emptyPhases(),
  };
}

export function fromProgramme(p: Programme): ProgrammeFields {
  const phases = emptyPhases();
  for (const phase of p.phases) {
    if (phases[phase.kind]) phases[phase.kind] = { opensOn: phase.opensOn, closesOn: phase.closesOn };
  }
  return {
    name: p.name,
    schoolYear: p.schoolYear,
    audience: p.audience,
    region: p.region,
    frameworkId: p.frameworkId,
    maxSchools: String(p.maxSchools),
    descriptionNl: p.description.nl,
    descriptionEn: p.description.en,
    published: p.published,
    phases,
  };
}

/**
 * The API body, and the kind of each phase in it (the server names phase errors by their index).
 * A phase with neither date is left out.
 */
export function toInput(f: ProgrammeFields): { input: ProgrammeInput; kinds: PhaseKind[] } {
  const kinds = PHASE_KINDS.filter((k) => f.phases[k].opensOn !== '' || f.phases[k].closesOn !== '');
  const max = Number(f.maxSchools.trim());
  return {
    kinds,
    input: {
      name: f.name.trim(),
      schoolYear: f.schoolYear.trim(),
      audience: f.audience,
      region: f.region.trim(),
      frameworkId: f.frameworkId,
      maxSchools: f.maxSchools.trim() === '' || !Number.isFinite(max) ? 0 : max,
      description: { nl: f.descriptionNl, en: f.descriptionEn },
      published: f.published,
      phases: kinds.map((kind) => ({ kind, ...f.phases[kind] })),
    },
  };
}

export function checkProgramme(t: Translate, f: ProgrammeFields): FieldErrors {
  const errors: FieldErrors = {};
  if (f.name.trim() === '') errors.name = t('programmeForm.required.name');
  if (f.schoolYear.trim() === '') errors.schoolYear = t('programmeForm.required.schoolYear');
  if (f.region.trim() === '') errors.region = t('programmeForm.required.region');
  if (f.frameworkId === '') errors.frameworkId = t('programmeForm.required.frameworkId');
  if (f.maxSchools.trim() === '') errors.maxSchools = t('programmeForm.required.maxSchools');
  for (const kind of PHASE_KINDS) {
    const { opensOn, closesOn } = f.phases[kind];
    if (opensOn === '' && closesOn !== '') errors[phaseId(kind, 'opensOn')] = t('programmeForm.required.opensOn');
    if (closesOn === '' && opensOn !== '') errors[phaseId(kind, 'closesOn')] = t('programmeForm.required.closesOn');
  }
  return errors;
}

const SIMPLE: Record<string, string> = {
  name: 'name',
  schoolYear: 'schoolYear',
  audience: 'audience',
  region: 'region',
  frameworkId: 'frameworkId',
  maxSchools: 'maxSchools',
  published: 'published',
  description: 'descriptionNl',
  'description.nl': 'descriptionNl',
  'description.en': 'descriptionEn',
  phases: phaseId(PHASE_KINDS[0]!, 'opensOn'),
};

/**
 * The input id for a field name of the server: `phases[1].closesOn`, `phases.1.closesOn`,
 * `phases[1]` or `phases.action_plan.closesOn`; null when the form has no such input.
 */
export function inputFor(field: string, kinds: PhaseKind[]): string | null {
  if (SIMPLE[field]) return SIMPLE[field]!;
  const m = /^phases(?:\[(\w+)\]|\.(\w+))(?:\.(\w+))?$/.exec(field);
  if (!m) return null;
  const which = m[1] ?? m[2] ?? '';
  const kind: PhaseKind | undefined = /^\d+$/.test(which)
    ? kinds[Number(which)]
    : (PHASE_KINDS as readonly string[]).includes(which)
      ? (which as PhaseKind)
      : undefined;
  if (!kind) return SIMPLE.phases!;
  return phaseId(kind, m[3] === 'closesOn' ? 'closesOn' : 'opensOn');
}

/** The server's field errors on the form's inputs; messages for unknown fields go to `rest`. */
export function mapServerFields(
  fields: Record<string, string>,
  kinds: PhaseKind[],
): { errors: FieldErrors; rest: string[] } {
  const errors: FieldErrors = {};
  const rest: string[] = [];
  for (const [field, message] of Object.entries(fields)) {
    const id = inputFor(field, kinds);
    if (id && !errors[id]) errors[id] = message;
    else rest.push(message);
  }
  return { errors, rest };
}
