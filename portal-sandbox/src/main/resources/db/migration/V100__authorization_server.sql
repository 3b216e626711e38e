-- The authorization server's own state, owned by se.connectbot.sandbox.auth.

-- Spring Authorization Server's authorizations (codes, access, refresh and ID tokens), its
-- published schema adapted for PostgreSQL as its documentation asks: text for blob,
-- timestamptz for timestamp. Kept here so that tokens survive a restart of the sandbox.
create table oauth2_authorization (
    id                            varchar(100)  not null primary key,
    registered_client_id          varchar(100)  not null,
    principal_name                varchar(200)  not null,
    authorization_grant_type      varchar(100)  not null,
    authorized_scopes             varchar(1000) default null,
    attributes                    text          default null,
    state                         varchar(500)  default null,
    authorization_code_value      text          default null,
    authorization_code_issued_at  timestamptz   default null,
    authorization_code_expires_at timestamptz   default null,
    authorization_code_metadata   text          default null,
    access_token_value            text          default null,
    access_token_issued_at        timestamptz   default null,
    access_token_expires_at       timestamptz   default null,
    access_token_metadata         text          default null,
    access_token_type             varchar(100)  default null,
    access_token_scopes           varchar(1000) default null,
    oidc_id_token_value           text          default null,
    oidc_id_token_issued_at       timestamptz   default null,
    oidc_id_token_expires_at      timestamptz   default null,
    oidc_id_token_metadata        text          default null,
    refresh_token_value           text          default null,
    refresh_token_issued_at       timestamptz   default null,
    refresh_token_expires_at      timestamptz   default null,
    refresh_token_metadata        text          default null,
    user_code_value               text          default null,
    user_code_issued_at           timestamptz   default null,
    user_code_expires_at          timestamptz   default null,
    user_code_metadata            text          default null,
    device_code_value             text          default null,
    device_code_issued_at         timestamptz   default null,
    device_code_expires_at        timestamptz   default null,
    device_code_metadata          text          default null
);

-- The service looks authorizations up by token value (equality only). Hash indexes, because a
-- JWT can outgrow a b-tree entry.
create index oauth2_authorization_state on oauth2_authorization using hash (state);
create index oauth2_authorization_code on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_access_token on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_id_token on oauth2_authorization using hash (oidc_id_token_value);
create index oauth2_authorization_refresh_token on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_user_code on oauth2_authorization using hash (user_code_value);
create index oauth2_authorization_device_code on oauth2_authorization using hash (device_code_value);

-- The RSA key that signs tokens, generated once at the first start (unless configured with
-- sandbox.auth.signing-key), so that tokens held by the bot stay valid across restarts.
-- One row per purpose; the first instance to start inserts it, the others read it.
create table auth_signing_key (
    purpose     varchar(40)  not null primary key,
    kid         varchar(100) not null,
    private_key text         not null, -- PKCS#8, base64
    public_key  text         not null, -- X.509 SubjectPublicKeyInfo, base64
    created_at  timestamptz  not null default now()
);
