INSERT INTO employee (username, team) VALUES
    ('alice', 'sales'),
    ('bob',   'sales'),
    ('maria', 'sales'),
    ('carol', 'support'),
    ('nina',  'support');
