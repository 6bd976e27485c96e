-- A person's erasure (issue 20; docs/privacy.md, "Erasure"). The account row stays, emptied, as the
-- pseudonym of what the school keeps (answers, plan, scores, audit entries), so those keep their author
-- as "former member" and every figure made from them stays the same; everything that named the person
-- goes (store/erasure.h).
ALTER TABLE users ADD COLUMN erased_at BIGINT;

-- Requests to be erased: the person asks, an organiser of every organisation they belong to (or the
-- operator) carries it out. Open requests are what the organisers' list shows.
CREATE TABLE deletion_requests (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    requested_at BIGINT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'withdrawn')),
    handled_at BIGINT
);
CREATE INDEX deletion_requests_status ON deletion_requests(status, requested_at);
CREATE INDEX deletion_requests_user ON deletion_requests(user_id);
