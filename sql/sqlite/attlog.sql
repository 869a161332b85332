-- SPDX-License-Identifier: MIT
-- The iVMS-4200 table for SQLite: the embedded default, the demo database and the tests. The same
-- columns as sql/sqlserver/attlog.sql. The demo database generator (db/demo/demodatabase.cpp)
-- embeds this file at build time: it is the one source of truth for the demo schema.
--   sqlite3 attlog.sqlite < attlog.sql
--
-- SQLite has no date-time type: authDateTime is TEXT 'YYYY-MM-DD HH:MM:SS', local wall-clock
-- time without an offset, so that text order is time order and range comparisons work.
-- serialNo is a plain INTEGER, not INTEGER PRIMARY KEY: it may be NULL, as in the field.

CREATE TABLE IF NOT EXISTS attlog (
    serialNo     INTEGER, -- unique and increasing: the live key
    authDateTime TEXT,    -- 'YYYY-MM-DD HH:MM:SS', local time, no offset
    authDate     TEXT,    -- 'yyyy-MM-dd', 'dd.MM.yyyy' or 'yyyy/MM/dd'
    authTime     TEXT,    -- 'HH:mm:ss'
    direction    TEXT,
    deviceName   TEXT,
    deviceSN     TEXT,
    personName   TEXT,
    employeeID   TEXT,
    cardNo       TEXT,
    doorName     TEXT,
    readerName   TEXT
);
