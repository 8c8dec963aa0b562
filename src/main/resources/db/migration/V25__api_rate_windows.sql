-- The REST API's rate limit counted across all nodes (decision 024): one row per token and clock minute, its count
-- raised by a conditional update (ApiRateLimit), the first request of a minute inserting it. The primary key is what
-- makes two nodes opening the same minute at once safe (one insert wins, the other updates). Rows older than an hour
-- are deleted daily (IdempotencyHousekeeping); a token's deletion takes its rows with it. Portable (H2, PostgreSQL).
create table api_rate_window (
    token_id       bigint    not null references api_token (id) on delete cascade,
    window_start   timestamp with time zone not null,
    request_count  integer   not null,
    constraint pk_api_rate_window primary key (token_id, window_start)
);
