-- One-time links by account (issue 18). Inviting someone ends their older unused invitation links
-- (`UPDATE one_time_tokens ... WHERE user_id = $1 AND purpose = 'invite'`, api/invitations.cpp), and
-- setting a password ends the account's other links the same way. Without an index each of those read the
-- whole table, so a CSV import of 20,000 contacts took quadratic time: every invitation scanned the links
-- of all the invitations before it. Deleting an account (ON DELETE CASCADE) needs it too.
CREATE INDEX one_time_tokens_user ON one_time_tokens(user_id);
