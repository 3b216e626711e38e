-- The sandbox portal's data: customer organisations, their account trees, users, services,
-- orders, invoices, tickets and the operational information. Versions V1..V99 belong to the
-- portal data; the authorization server's tables start at V100.

create table organisation (
    id                  varchar(40)  primary key,
    name                varchar(200) not null,
    organisation_number varchar(11)  not null unique,
    root_account_id     varchar(40)  not null
);

-- An account (konto). path lists the ids from the organisation's root down to this account,
-- '/root/region/branch/', so "this account and everything below it" is a prefix match.
create table account (
    id                    varchar(40)  primary key,
    organisation_id       varchar(40)  not null references organisation (id),
    parent_id             varchar(40)  references account (id),
    path                  varchar(400) not null unique,
    organisation_number   varchar(11)  not null,
    company_name          varchar(200) not null,
    alias                 varchar(200),
    invoice_reference     varchar(200),
    care_of               varchar(200),
    street                varchar(200) not null,
    postcode              varchar(6)   not null,
    city                  varchar(100) not null,
    municipality          varchar(100) not null,
    invoice_name          varchar(200) not null,
    invoice_street        varchar(200) not null,
    invoice_street_number varchar(20)  not null,
    invoice_postcode      varchar(6)   not null,
    invoice_city          varchar(100) not null
);
create index account_path_prefix on account (path varchar_pattern_ops);
create index account_parent on account (parent_id);

create table account_contact (
    account_id varchar(40)  not null references account (id),
    position   int          not null,
    name       varchar(200) not null,
    phone      varchar(20),
    mobile     varchar(20),
    email      varchar(200),
    primary key (account_id, position),
    constraint account_contact_reachable check (phone is not null or mobile is not null or email is not null)
);

-- The columns are the shared contract with the authorization server (see COMMON.md).
create table portal_user (
    id               varchar(40)  primary key,
    organisation_id  varchar(40)  not null references organisation (id),
    username         varchar(200) not null unique,
    password_hash    varchar(200) not null,
    name             varchar(200) not null,
    user_type        varchar(40)  not null,
    scope_account_id varchar(40)  not null references account (id),
    rights           varchar(400) not null,
    enabled          boolean      not null default true,
    constraint portal_user_lower_case check (username = lower(username))
);

create table service (
    id            varchar(40)   primary key,
    account_id    varchar(40)   not null references account (id),
    kind          varchar(20)   not null,
    name          varchar(200)  not null,
    status        varchar(20)   not null,
    phone_number  varchar(20),
    street        varchar(200),
    postcode      varchar(6),
    city          varchar(100),
    municipality  varchar(100),
    monthly_price numeric(12, 2) not null,
    start_date    date          not null
);
create index service_account on service (account_id);
create index service_phone on service (phone_number);

-- Every number that belongs to a service: a mobile number, a cloud PBX's or a SIP trunk's numbers.
create table service_number (
    number     varchar(20) primary key,
    service_id varchar(40) not null references service (id),
    position   int         not null
);
create index service_number_service on service_number (service_id, position);

create table broadband_detail (
    service_id       varchar(40)  primary key references service (id),
    access_type      varchar(60)  not null,
    downstream_mbps  int          not null,
    upstream_mbps    int          not null,
    monitored        boolean      not null,
    monitoring_state varchar(20),
    last_seen        timestamptz,
    state_since      timestamptz
);

-- usage_month is the month that data_used_mb .. mms_count describe; trend_mb holds twelve
-- months of data use, oldest first, the last one being usage_month. A top-up adds to
-- topup_mb for topup_month only.
create table mobile_detail (
    service_id        varchar(40)  primary key references service (id),
    subscription_user varchar(200) not null,
    price_plan        varchar(100) not null,
    sim_card_number   varchar(22)  not null,
    plan_allowance_mb bigint,
    usage_month       date         not null,
    data_used_mb      bigint       not null,
    call_minutes      int          not null,
    sms_count         int          not null,
    mms_count         int          not null,
    trend_mb          bigint[]     not null,
    add_ons           text[]       not null,
    barrings          text[]       not null,
    topup_mb          bigint       not null default 0,
    topup_month       date
);

create table cloud_pbx_detail (
    service_id varchar(40) primary key references service (id)
);

create table sip_trunk_detail (
    service_id varchar(40) primary key references service (id),
    channels   int         not null
);

create table data_package (
    id         varchar(40)    primary key,
    name       varchar(100)   not null,
    data_gb    int            not null,
    price      numeric(12, 2) not null,
    sort_order int            not null
);

create sequence order_id_seq start with 500001;
create sequence order_number_seq start with 1;

-- completes_at: when a RECEIVED or IN_PROGRESS order is done by itself (a top-up activates
-- within minutes); null when it waits for someone.
create table customer_order (
    id                  varchar(40)    primary key,
    number              varchar(20)    not null unique,
    kind                varchar(20)    not null,
    status              varchar(20)    not null,
    account_id          varchar(40)    not null references account (id),
    service_id          varchar(40)    references service (id),
    description         varchar(400)   not null,
    price               numeric(12, 2) not null,
    created_at          timestamptz    not null,
    expected_completion date,
    completes_at        timestamptz,
    created_by          varchar(200)   not null
);
create index customer_order_account on customer_order (account_id, created_at desc);

create table invoice (
    id             varchar(40)    primary key,
    number         varchar(20)    not null unique,
    account_id     varchar(40)    not null references account (id),
    issue_date     date           not null,
    due_date       date           not null,
    period         varchar(7)     not null,
    total_excl_vat numeric(12, 2) not null,
    vat            numeric(12, 2) not null,
    total          numeric(12, 2) not null,
    ocr            varchar(30)    not null unique,
    paid_date      date
);
create index invoice_account on invoice (account_id, issue_date desc);

create table invoice_line (
    invoice_id  varchar(40)    not null references invoice (id),
    position    int            not null,
    description varchar(200)   not null,
    service_id  varchar(40)    references service (id),
    quantity    numeric(10, 2) not null,
    unit_price  numeric(12, 2) not null,
    amount      numeric(12, 2) not null,
    primary key (invoice_id, position)
);

create sequence ticket_id_seq start with 700001;
create sequence ticket_number_seq start with 1;
create sequence ticket_message_id_seq start with 900001;

create table ticket (
    id         varchar(40)  primary key,
    number     varchar(20)  not null unique,
    category   varchar(20)  not null,
    priority   varchar(20),
    status     varchar(30)  not null,
    title      varchar(120) not null,
    account_id varchar(40)  not null references account (id),
    service_id varchar(40)  references service (id),
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    created_by varchar(200) not null,
    constraint ticket_priority_for_support check ((category = 'SUPPORT') = (priority is not null))
);
create index ticket_account on ticket (account_id, created_at desc);

create table ticket_message (
    id           varchar(40)   primary key,
    ticket_id    varchar(40)   not null references ticket (id),
    author       varchar(200)  not null,
    from_support boolean       not null,
    text         varchar(4000) not null,
    sent_at      timestamptz   not null
);
create index ticket_message_ticket on ticket_message (ticket_id, sent_at);

create sequence outage_id_seq start with 300001;

-- version counts the outage's changes from 1; change_seq is the feed's sequence number of its
-- latest change (see outage_feed).
create table outage (
    id             varchar(40)   primary key,
    title          varchar(200)  not null,
    description    varchar(4000) not null,
    kind           varchar(20)   not null,
    networks       text[]        not null,
    severity       varchar(20)   not null,
    municipalities text[]        not null,
    postcodes      text[]        not null,
    started_at     timestamptz   not null,
    expected_end   timestamptz,
    resolved_at    timestamptz,
    status         varchar(20)   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null,
    change_seq     bigint        not null unique
);
create index outage_status on outage (status, started_at desc);

create table outage_update (
    outage_id varchar(40)   not null references outage (id),
    position  int           not null,
    at        timestamptz   not null,
    text      varchar(4000) not null,
    primary key (outage_id, position)
);

-- One row: the last change sequence number handed out. Writers take it with a row lock, so
-- changes commit in sequence order and a reader's cursor never skips a later commit.
create table outage_feed (
    id       int    primary key check (id = 1),
    last_seq bigint not null
);
insert into outage_feed (id, last_seq) values (1, 0);

-- A write that carried an Idempotency-Key: per caller (a user, or a client for client
-- credentials) and key, what was asked (a hash of the operation and its body) and what it made.
create table idempotency_record (
    caller          varchar(250) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    resource_id     varchar(40),
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);
