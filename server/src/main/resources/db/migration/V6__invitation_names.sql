-- An invitation names the account it creates, chosen by the administrator, so that the invitation form never
-- tells a guest which names exist. Invitations made before have no name and no longer work.
ALTER TABLE invitations ADD COLUMN username VARCHAR(100);
