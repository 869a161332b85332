-- SPDX-License-Identifier: MIT
-- The iVMS-4200 table for PostgreSQL 12+ (iVMS-4200 itself does not write to PostgreSQL; the
-- application's tests and anyone mirroring the data do): table attlog in the current database
-- and schema, the same columns as sql/sqlserver/attlog.sql.
--   createdb -E UTF8 thirdparty && psql -d thirdparty -f attlog.sql
--
-- Column names are quoted to keep their mixed case: the application quotes every identifier, so
-- an unquoted (folded to lower case) serialno would not be found.
-- authDateTime is local wall-clock time: timestamp WITHOUT time zone, never converted.

CREATE TABLE IF NOT EXISTS attlog (
    "serialNo"     integer      NULL, -- unique and increasing: the live key
    "authDateTime" timestamp without time zone NULL,
    "authDate"     varchar(32)  NULL, -- 'yyyy-MM-dd', 'dd.MM.yyyy' or 'yyyy/MM/dd'
    "authTime"     varchar(32)  NULL, -- 'HH:mm:ss'
    "direction"    varchar(32)  NULL,
    "deviceName"   varchar(128) NULL,
    "deviceSN"     varchar(64)  NULL,
    "personName"   varchar(128) NULL,
    "employeeID"   varchar(64)  NULL,
    "cardNo"       varchar(64)  NULL,
    "doorName"     varchar(128) NULL,
    "readerName"   varchar(128) NULL
);
