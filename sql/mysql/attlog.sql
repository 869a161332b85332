-- SPDX-License-Identifier: MIT
-- The iVMS-4200 table for MySQL 5.7+ / MariaDB 10.3+: database thirdparty, table attlog, the same
-- columns as sql/sqlserver/attlog.sql. utf8mb4 so that any text (Kazakh letters, emoji) fits.
--   mysql -u root -p < attlog.sql
--
-- authDateTime is local wall-clock time without an offset (DATETIME, not TIMESTAMP, so that the
-- server's time zone never shifts it).

CREATE DATABASE IF NOT EXISTS thirdparty CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

USE thirdparty;

CREATE TABLE IF NOT EXISTS attlog (
    serialNo     INT          NULL, -- unique and increasing: the live key
    authDateTime DATETIME     NULL, -- local time, no offset
    authDate     VARCHAR(32)  NULL, -- 'yyyy-MM-dd', 'dd.MM.yyyy' or 'yyyy/MM/dd'
    authTime     VARCHAR(32)  NULL, -- 'HH:mm:ss'
    direction    VARCHAR(32)  NULL,
    deviceName   VARCHAR(128) NULL,
    deviceSN     VARCHAR(64)  NULL,
    personName   VARCHAR(128) NULL,
    employeeID   VARCHAR(64)  NULL,
    cardNo       VARCHAR(64)  NULL,
    doorName     VARCHAR(128) NULL,
    readerName   VARCHAR(128) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
