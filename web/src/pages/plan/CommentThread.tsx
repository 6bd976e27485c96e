import { useState } from 'react';
import type { FormEvent } from 'react';
import { planApi } from '../../api/plan';
import type { Comment, CommentRole, Goal } from '../../api/plan';
import { formatMoment, isoMoment } from '../../components/dates';
import { TextAreaField } from '../../components/fields';
import { splitApiError } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { COMMENT_MAX, length, toSeconds } from './logic';
import { Button } from '../../components/Button';
import { personName } from '../../components/personName';

const ROLE_TEXT: Record<CommentRole, MessageKey> = {
  mentor: 'plan.comments.role.mentor',
  organiser: 'plan.comments.role.organiser',
  coordinator: 'plan.comments.role.coordinator',
  team_member: 'plan.comments.role.team_member',
};

/** The goal's comment thread, oldest first, with a form for whoever may comment. */
export function CommentThread({
  goal,
  canComment,
  onAdded,
}: {
  goal: Goal;
  canComment: boolean;
  onAdded: (comment: Comment) => void;
}) {
  const { t, language } = useI18n();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `comment-${goal.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const size = length(body);
    if (size === 0 || size > COMMENT_MAX) {
      setError(t(size === 0 ? 'plan.comments.missing' : 'plan.comments.long', { max: COMMENT_MAX }));
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    try {
      const comment = await planApi.addComment(goal.id, body.trim());
      setBody('');
      setError(null);
      onAdded(comment);
    } catch (failure) {
      const split = splitApiError(t, failure, { body: id });
      setError(split.fields[id] ?? split.general);
      document.getElementById(id)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="comments">
      <h4 id={`${id}-title`}>{t('plan.comments.title', { count: goal.comments.length })}</h4>
      {goal.comments.length === 0 ? (
        <p className="muted">{t('plan.comments.none')}</p>
      ) : (
        <ol className="comments__list" aria-labelledby={`${id}-title`}>
          {goal.comments.map((c) => (
            <li key={String(c.id)} className="comment">
              <p className="comment__meta">
                <strong>{personName(t, c.authorName)}</strong> ({t(ROLE_TEXT[c.authorRole] ?? 'plan.comments.role.team_member')}),{' '}
                <time dateTime={isoMoment(toSeconds(c.createdAt))}>{formatMoment(toSeconds(c.createdAt), language)}</time>
              </p>
              <p className="preserve-lines">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <form className="form" onSubmit={submit} noValidate>
          <TextAreaField
            id={id}
            label={t('plan.comments.label', { goal: goal.title })}
            value={body}
            onChange={setBody}
            maxLength={COMMENT_MAX}
            rows={3}
            error={error ?? undefined}
            required
          />
          <Button type="submit" variant="secondary" disabled={busy}>
            {t('plan.comments.send')}
          </Button>
        </form>
      )}
    </div>
  );
}
