// Reads the framework document (data/frameworks/*.json, served by GET /api/frameworks/{id}) into
// the shape the page shows. It tolerates small naming differences (camelCase or snake_case keys,
// criteria nested in their element or listed beside the elements, descriptors as an object keyed by
// level or as a list) so the page keeps working while the document's shape settles.

import type { Language, LocalisedText } from '../../api';

export type LevelId = 'not_yet' | 'competent' | 'proficient' | 'expert';
export const LEVEL_IDS: readonly LevelId[] = ['not_yet', 'competent', 'proficient', 'expert'];

export interface Level {
  id: LevelId;
  /** The name given by the document, if any (else the page uses its own dictionary). */
  name: LocalisedText | null;
}

export interface Criterion {
  id: string;
  /** A short code such as "1.2" when the document has one. */
  code: string | null;
  name: LocalisedText;
  description: LocalisedText | null;
  descriptors: Partial<Record<LevelId, LocalisedText>>;
}

export interface Element {
  id: string;
  code: string;
  name: LocalisedText;
  description: LocalisedText | null;
  criteria: Criterion[];
}

export interface Framework {
  id: string;
  version: string;
  name: LocalisedText;
  description: LocalisedText | null;
  levels: Level[];
  elements: Element[];
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(obj: Obj, ...keys: string[]): unknown {
  for (const key of keys) {
    if (obj[key] !== undefined && obj[key] !== null) return obj[key];
  }
  return undefined;
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** `"x"` or `{"nl": "x", "en": "y"}` (or `nl-BE`/`NL`) → `{nl, en}`; null when there is no text. */
export function localised(value: unknown): LocalisedText | null {
  const plain = str(value);
  if (plain !== null) return { nl: plain, en: plain };
  if (!isObj(value)) return null;
  const nl = str(first(value, 'nl', 'nl-BE', 'nl_BE', 'NL'));
  const en = str(first(value, 'en', 'en-GB', 'en_GB', 'EN'));
  if (nl === null && en === null) return null;
  return { nl: nl ?? en ?? '', en: en ?? nl ?? '' };
}

export function pick(text: LocalisedText | null | undefined, language: Language): string {
  if (!text) return '';
  return text[language] || text.nl || text.en || '';
}

/** `notYet`, `not-yet`, `NOT_YET`, `0` → `not_yet`; null for anything else. */
export function levelId(value: unknown): LevelId | null {
  const raw = str(value);
  if (raw === null) return null;
  if (/^[0-3]$/.test(raw.trim())) return LEVEL_IDS[Number(raw.trim())] ?? null;
  const key = raw
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
  if (key === 'not_yet' || key === 'notyet' || key === 'none') return 'not_yet';
  return (LEVEL_IDS as readonly string[]).includes(key) ? (key as LevelId) : null;
}

function readLevels(doc: Obj): Level[] {
  const raw = doc.levels;
  const levels: Level[] = [];
  const add = (id: LevelId | null, name: LocalisedText | null) => {
    if (id && !levels.some((l) => l.id === id)) levels.push({ id, name });
  };
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (isObj(item)) add(levelId(first(item, 'id', 'key', 'level', 'code')), localised(first(item, 'name', 'label', 'title')));
      else add(levelId(item), null);
    }
  } else if (isObj(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      add(levelId(key), isObj(value) && first(value, 'name', 'label') !== undefined
        ? localised(first(value, 'name', 'label'))
        : localised(value));
    }
  }
  // Always show the four levels, in their natural order.
  return LEVEL_IDS.map((id) => levels.find((l) => l.id === id) ?? { id, name: null });
}

function readDescriptors(criterion: Obj): Partial<Record<LevelId, LocalisedText>> {
  const raw = first(criterion, 'descriptors', 'levelDescriptors', 'level_descriptors', 'levels');
  const result: Partial<Record<LevelId, LocalisedText>> = {};
  if (Array.isArray(raw)) {
    raw.forEach((item, index) => {
      if (isObj(item) && (item.level !== undefined || item.id !== undefined || item.key !== undefined)) {
        const id = levelId(first(item, 'level', 'id', 'key'));
        const text = localised(first(item, 'text', 'descriptor', 'description')) ?? localised(item);
        if (id && text) result[id] = text;
      } else {
        const id = LEVEL_IDS[index];
        const text = localised(item);
        if (id && text) result[id] = text;
      }
    });
  } else if (isObj(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      const id = levelId(key);
      const text = isObj(value) && first(value, 'text', 'descriptor', 'description') !== undefined
        ? localised(first(value, 'text', 'descriptor', 'description'))
        : localised(value);
      if (id && text) result[id] = text;
    }
  }
  return result;
}

function readCriterion(raw: Obj, index: number): Criterion {
  const id = str(first(raw, 'id', 'code', 'key')) ?? String(index + 1);
  const explicitCode = str(first(raw, 'code', 'number'));
  return {
    id,
    code: explicitCode ?? (/^\d+(\.\d+)*$/.test(id) ? id : null),
    name: localised(first(raw, 'name', 'title', 'label')) ?? { nl: id, en: id },
    description: localised(first(raw, 'description', 'explanation', 'text')),
    descriptors: readDescriptors(raw),
  };
}

function elementRef(raw: Obj): string | null {
  const ref = first(raw, 'element', 'elementId', 'element_id', 'keyElement', 'key_element', 'keyElementId');
  if (isObj(ref)) return str(ref.id);
  return str(ref);
}

function byOrder(a: unknown, b: unknown): number {
  const oa = isObj(a) && typeof a.order === 'number' ? a.order : 0;
  const ob = isObj(b) && typeof b.order === 'number' ? b.order : 0;
  return oa - ob;
}

export function normaliseFramework(input: unknown): Framework {
  const doc: Obj = isObj(input) ? input : {};
  const rawElements = first(doc, 'elements', 'keyElements', 'key_elements');
  const elementList = (Array.isArray(rawElements) ? rawElements : []).filter(isObj).slice().sort(byOrder);
  const topCriteria = (() => {
    const raw = doc.criteria;
    return (Array.isArray(raw) ? raw : []).filter(isObj).slice().sort(byOrder);
  })();

  const elements: Element[] = elementList.map((raw, index) => {
    const id = str(first(raw, 'id', 'code', 'key')) ?? String(index + 1);
    const nested = (Array.isArray(raw.criteria) ? raw.criteria : []).filter(isObj);
    const belonging = topCriteria.filter((c) => {
      const ref = elementRef(c);
      if (ref !== null) return ref === id;
      const cid = str(c.id);
      return cid !== null && cid.startsWith(`${id}.`);
    });
    const criteria = [...nested, ...belonging].sort(byOrder).map(readCriterion);
    return {
      id,
      code: str(first(raw, 'code', 'number')) ?? (/^\d+$/.test(id) ? id : String(index + 1)),
      name: localised(first(raw, 'name', 'title', 'label')) ?? { nl: id, en: id },
      description: localised(first(raw, 'description', 'explanation', 'text')),
      criteria,
    };
  });

  const id = str(doc.id) ?? '';
  return {
    id,
    version: str(doc.version) ?? '',
    name: localised(first(doc, 'name', 'title')) ?? { nl: id, en: id },
    description: localised(first(doc, 'description')),
    levels: readLevels(doc),
    elements,
  };
}

export function criterionCount(framework: Framework): number {
  return framework.elements.reduce((n, e) => n + e.criteria.length, 0);
}
