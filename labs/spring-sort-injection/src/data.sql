INSERT INTO product (id, name, category, price, rating, cost_price) VALUES
    (1,  'Aeropress Go',               'brewers',     39.90,  4.5,  21.10),
    (2,  'Burr grinder Encore',        'grinders',    169.00, 4.5,  98.40),
    (3,  'Chemex six-cup',             'brewers',     49.50,  4.0,  30.75),
    (4,  'Descaling tablets (12)',     'care',        9.90,   3.5,  1.20),
    (5,  'Espresso tamper 58 mm',      'accessories', 24.00,  4.0,  6.80),
    (6,  'Fellow Stagg kettle',        'kettles',     165.00, 5.0,  112.00),
    (7,  'Gooseneck kettle',           'kettles',     34.90,  3.5,  14.30),
    (8,  'Hario V60 dripper',          'brewers',     22.50,  4.5,  7.90),
    (9,  'Milk jug 600 ml',            'accessories', 19.90,  3.0,  9.95),
    (10, 'Paper filters (100)',        'care',        6.50,   4.0,  2.05),
    (11, 'Scale with timer',           'accessories', 59.00,  4.5,  41.60),
    (12, 'Whole beans Ethiopia 1 kg',  'beans',       32.00,  5.0,  18.25);
