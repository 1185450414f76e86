-- An administrator can revoke an invitation that was not used yet (its link stops working), and may give the email
-- the invited person's commits are matched by; the account gets it when the invitation is accepted.
ALTER TABLE invitations ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE invitations ADD COLUMN email VARCHAR(254);
