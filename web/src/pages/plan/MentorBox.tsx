import { useEffect, useState } from 'react';
import { mentoringApi } from '../../api/mentoring';
import type { SchoolMentor } from '../../api/mentoring';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n';

/**
 * The school's mentor company and its mentors (confirmed match). Shown to the school and organisers;
 * others cannot read it and see nothing (the plan itself does not depend on it).
 */
export function MentorBox({ programmeId, organisationId }: { programmeId: string; organisationId: string }) {
  const { t } = useI18n();
  const [mentor, setMentor] = useState<SchoolMentor | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    mentoringApi.mentor(programmeId, organisationId).then(
      (answer) => live && setMentor(answer.mentor),
      () => live && setMentor(undefined),
    );
    return () => {
      live = false;
    };
  }, [programmeId, organisationId]);

  if (mentor === undefined) return null;
  return (
    <section className="card mentor-box" aria-labelledby="mentor-title" data-testid="mentor-box">
      <h2 id="mentor-title">{t('plan.mentor.title')}</h2>
      {mentor === null ? (
        <EmptyState>{t('plan.mentor.none')}</EmptyState>
      ) : (
        <>
          <p>{t('plan.mentor.company', { company: mentor.companyName })}</p>
          {mentor.mentors.length > 0 && (
            <ul>
              {mentor.mentors.map((m) => (
                <li key={m.email}>
                  {m.name} – <a href={`mailto:${m.email}`}>{m.email}</a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
