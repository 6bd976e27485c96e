import type { Application } from '../../api/label';
import { TableWrap } from '../../components/TableWrap';
import { useI18n } from '../../i18n';
import { ANSWER_LEVEL_TEXT } from '../measurement/texts';
import { criterionName, useCriteria } from './useCriteria';
import { orderCriteria } from './logic';

/** After a decision: per criterion the school's own level, the level the reviewer accepted and the feedback. */
export function FeedbackTable({ application }: { application: Application }) {
  const { t } = useI18n();
  const criteria = useCriteria(application.frameworkId, application.frameworkVersion);
  const rows = orderCriteria(application.criteria, [...criteria.keys()]);
  const level = (value: string | null) =>
    value && value in ANSWER_LEVEL_TEXT ? t(ANSWER_LEVEL_TEXT[value as keyof typeof ANSWER_LEVEL_TEXT]) : '–';
  return (
    <>
      <h3 id="label-feedback">{t('label.feedback.title')}</h3>
      <TableWrap label={t('label.feedback.title')}>
        <table className="table" data-testid="feedback-table">
          <caption className="visually-hidden">{t('label.feedback.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('label.feedback.criterion')}</th>
              <th scope="col">{t('label.feedback.own')}</th>
              <th scope="col">{t('label.feedback.accepted')}</th>
              <th scope="col">{t('label.feedback.feedback')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.criterionId} data-criterion={c.criterionId} className={c.acceptedLevel !== c.level ? 'row--changed' : undefined}>
                <th scope="row">{criterionName(criteria, c.criterionId)}</th>
                <td>{level(c.level)}</td>
                <td>
                  {level(c.acceptedLevel)}
                  {c.acceptedLevel !== c.level && c.acceptedLevel !== null && (
                    <span className="muted"> {t('label.feedback.differs')}</span>
                  )}
                </td>
                <td className="preserve-lines">{c.feedback || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
