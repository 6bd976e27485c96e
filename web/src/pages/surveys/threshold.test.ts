import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { responsesMissing, thresholdMessage } from './threshold';

const nl = translator('nl');
const en = translator('en');

describe('the threshold message', () => {
  it.each([
    [0, 5, 'Nog 5 antwoorden nodig voor resultaten', '5 more responses needed for results'],
    [3, 2, 'Nog 2 antwoorden nodig voor resultaten', '2 more responses needed for results'],
    [4, 1, 'Nog 1 antwoord nodig voor resultaten', '1 more response needed for results'],
    [5, 0, 'Resultaten worden getoond', 'Results are shown'],
    [12, 0, 'Resultaten worden getoond', 'Results are shown'],
  ])('%i responses: %i missing', (responses, missing, textNl, textEn) => {
    expect(responsesMissing(responses)).toBe(missing);
    expect(thresholdMessage(nl, responses)).toBe(textNl);
    expect(thresholdMessage(en, responses)).toBe(textEn);
  });

  it('treats a negative count as none', () => {
    expect(responsesMissing(-3)).toBe(5);
  });
});
