-- The action plan (issue 6): one plan per school per programme, created lazily when it is first read.
-- Goals belong to the plan; actions and comments belong to a goal. Design decisions:
--  * A goal's criteria live in their own table (not a JSON column) so other areas (the mentor matching's
--    focus criteria) can query them with plain SQL on both databases.
--  * Progress is not stored: it follows from the actions' statuses and is computed when read.
--  * A comment stores its author's role towards the school at the time of writing (coordinator,
--    team_member, organiser, mentor): a later change of membership does not rewrite the thread.
--  * The history keeps the target's title beside its id: a deleted goal or action still reads well.
--  * `overdue_notified_at` makes the overdue mail go once per action; changing the due date clears it.
--  * Dismissed proposals are remembered per plan and criterion.

CREATE TABLE action_plans (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    UNIQUE (programme_id, organisation_id)
);

CREATE TABLE action_goals (
    id {{ID}},
    plan_id BIGINT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    target_level TEXT NOT NULL CHECK (target_level IN ('not_yet', 'competent', 'proficient', 'expert')),
    success_indicator TEXT NOT NULL DEFAULT '',
    owner_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    start_on TEXT,                   -- 'YYYY-MM-DD' or NULL
    end_on TEXT,                     -- 'YYYY-MM-DD' or NULL, not before start_on (checked by the API)
    resources TEXT NOT NULL DEFAULT '',
    monitoring TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'achieved', 'dropped')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX action_goals_plan ON action_goals(plan_id);

CREATE TABLE action_goal_criteria (
    goal_id BIGINT NOT NULL REFERENCES action_goals(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    position INTEGER NOT NULL,       -- the order the coordinator gave
    PRIMARY KEY (goal_id, criterion_id)
);

CREATE TABLE action_items (
    id {{ID}},
    goal_id BIGINT NOT NULL REFERENCES action_goals(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    due_on TEXT,                     -- 'YYYY-MM-DD' or NULL
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done')),
    completed_at BIGINT,             -- set when the status becomes done, cleared when it leaves done
    overdue_notified_at BIGINT,      -- the overdue mail went to the owner (jobs/overdue_actions.h)
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX action_items_goal ON action_items(goal_id);
CREATE INDEX action_items_due ON action_items(due_on);

CREATE TABLE action_comments (
    id {{ID}},
    goal_id BIGINT NOT NULL REFERENCES action_goals(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    author_role TEXT NOT NULL CHECK (author_role IN ('mentor', 'organiser', 'coordinator', 'team_member')),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX action_comments_goal ON action_comments(goal_id);

CREATE TABLE action_plan_dismissals (
    plan_id BIGINT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    dismissed_at BIGINT NOT NULL,
    dismissed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (plan_id, criterion_id)
);

CREATE TABLE action_plan_history (
    id {{ID}},
    plan_id BIGINT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    actor_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,              -- goal_created | goal_updated | goal_deleted | action_created | action_updated | action_deleted
    target TEXT NOT NULL CHECK (target IN ('goal', 'action')),
    target_id BIGINT NOT NULL,       -- no foreign key: the goal or action may be deleted
    target_title TEXT NOT NULL,
    changes TEXT NOT NULL            -- JSON {field: {"from", "to"}}
);
CREATE INDEX action_plan_history_plan ON action_plan_history(plan_id, id);
