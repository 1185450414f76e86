-- API tokens expire. Tokens made before they did get the default lifetime of 90 days from now, not from their
-- creation, so that an upgrade does not cut off a CI pipeline at once.
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE api_tokens SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY WHERE expires_at IS NULL;
ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;
