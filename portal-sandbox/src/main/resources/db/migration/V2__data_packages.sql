-- The data top-ups offered for mobile subscriptions; prices in SEK including VAT.
insert into data_package (id, name, data_gb, price, sort_order) values
    ('data-1gb',  'Extra 1 GB',  1,  49.00,  1),
    ('data-3gb',  'Extra 3 GB',  3,  99.00,  2),
    ('data-5gb',  'Extra 5 GB',  5,  149.00, 3),
    ('data-10gb', 'Extra 10 GB', 10, 249.00, 4);
