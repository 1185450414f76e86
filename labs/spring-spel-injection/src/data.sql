INSERT INTO order_line VALUES
    (1, 'SO-10231', 'MUG-01',   'Enamel camping mug',        'EU', 4,  12.50, 5.20, 0),
    (2, 'SO-10231', 'LAMP-07',  'Folding lantern',           'EU', 1,  39.90, 21.00, 10),
    (3, 'SO-10232', 'TENT-2P',  'Two-person tent',           'UK', 2,  189.00, 120.40, 15),
    (4, 'SO-10233', 'SOCK-M',   'Merino hiking socks',       'US', 12, 14.99, 6.10, 20),
    (5, 'SO-10234', 'STOVE-G',  'Gas stove, compact',        'EU', 3,  54.75, 31.15, 5),
    (6, 'SO-10235', 'BOTL-75',  'Insulated bottle, 750 ml',  'US', 25, 22.40, 9.85, 12);
