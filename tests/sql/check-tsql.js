#!/usr/bin/env node
// SPDX-License-Identifier: MIT
//
// T-SQL syntax check for the SQL Server statements attlog generates.
//
//   node check-tsql.js FILE        check every statement in FILE ("-" = stdin)
//   node check-tsql.js --self-test check that the checker accepts good and rejects bad statements
//
// FILE holds either a JSON array (of strings, or of {name, text} objects) or one statement per
// line, optionally as "name<TAB>text"; blank lines and lines starting with '#' are skipped.
//
// Each statement gets its '?' placeholders renamed to @p1, @p2, … (node-sql-parser wants named
// parameters) and is parsed with node-sql-parser in TransactSQL mode. Because that parser accepts
// some non-T-SQL (LIMIT, backquotes) and reads garbage such as "SELEC …" as an assignment, the
// checker also requires exactly one statement of type "select" and rejects LIMIT, backquotes,
// NULLS FIRST/LAST, ILIKE and ';' outside quotes. The parser does not know LIKE … ESCAPE, so the
// one form we generate, `LIKE @pN ESCAPE '<one character>'`, is verified by pattern and removed
// before parsing. This is a net under the exact statement tests in tests/core/sql, not a proof.
//
// Exit status: 0 when every statement passes, 1 when any fails or none were read, 2 on usage or
// setup errors (such as node-sql-parser not installed: run `npm ci` in tests/sql).
'use strict';

const fs = require('fs');

let Parser;
try {
    ({ Parser } = require('node-sql-parser'));
} catch (e) {
    console.error('check-tsql: node-sql-parser is not installed; run `npm ci` in ' + __dirname);
    process.exit(2);
}

// Walks `sql` and calls visit(ch, index, quoted) for each character; quoted is true inside
// '…' strings, […] and "…" identifiers (the quote characters themselves count as quoted).
function scan(sql, visit) {
    let state = null; // null, "'", '[', '"'
    for (let i = 0; i < sql.length; ++i) {
        const ch = sql[i];
        if (state === null) {
            if (ch === "'" || ch === '[' || ch === '"') {
                state = ch;
                visit(ch, i, true);
            } else {
                visit(ch, i, false);
            }
            continue;
        }
        const close = state === '[' ? ']' : state;
        visit(ch, i, true);
        if (ch === close) {
            if (sql[i + 1] === close) { // doubled quote: an escaped quote character
                visit(sql[i + 1], i + 1, true);
                ++i;
            } else {
                state = null;
            }
        }
    }
    return state;
}

function numberPlaceholders(sql) {
    let out = '';
    let n = 0;
    scan(sql, (ch, i, quoted) => { out += !quoted && ch === '?' ? '@p' + (++n) : ch; });
    return out;
}

// The statement with quoted content blanked out, for keyword checks.
function unquoted(sql) {
    let out = '';
    scan(sql, (ch, i, quoted) => { out += quoted ? ' ' : ch; });
    return out;
}

function check(text) {
    if (typeof text !== 'string' || text.trim() === '')
        return 'empty statement';
    if (scan(text, () => {}) !== null)
        return 'unterminated quote or bracket';
    let sql = numberPlaceholders(text);
    const bare = unquoted(sql);
    const forbidden = [
        [/\bLIMIT\b/i, 'LIMIT is not T-SQL (use TOP (n))'],
        [/`/, 'backquoted identifiers are not T-SQL'],
        [/\bNULLS\s+(FIRST|LAST)\b/i, 'NULLS FIRST/LAST is not T-SQL'],
        [/\bILIKE\b/i, 'ILIKE is not T-SQL'],
        [/;/, "';' is not allowed: one statement per entry"],
    ];
    for (const [re, why] of forbidden)
        if (re.test(bare))
            return why;

    // LIKE @pN ESCAPE 'c' → LIKE @pN, after checking that every ESCAPE has exactly that form.
    const escapeForm = /\bLIKE\s+@p\d+\s+ESCAPE\s+'(?:[^']|'')'/gi;
    const escapes = (bare.match(/\bESCAPE\b/gi) || []).length;
    const wellFormed = (sql.match(escapeForm) || []).length;
    if (escapes !== wellFormed)
        return "ESCAPE must follow LIKE @pN and name one character in quotes";
    sql = sql.replace(escapeForm, (m) => m.replace(/\s+ESCAPE\s+'(?:[^']|'')'$/i, ''));

    let ast;
    try {
        ast = new Parser().astify(sql, { database: 'TransactSQL' });
    } catch (e) {
        return 'parse error: ' + String(e.message).split('\n')[0].slice(0, 300);
    }
    const list = Array.isArray(ast) ? ast : [ast];
    if (list.length !== 1)
        return 'expected exactly one statement, parsed ' + list.length;
    if (!list[0] || list[0].type !== 'select')
        return 'expected a SELECT statement, parsed type ' + (list[0] && list[0].type);
    return null;
}

function readStatements(content) {
    const trimmed = content.trim();
    if (trimmed.startsWith('[')) {
        return JSON.parse(trimmed).map((item, i) =>
            typeof item === 'string' ? { name: '#' + (i + 1), text: item }
                                     : { name: item.name || '#' + (i + 1), text: item.text });
    }
    const out = [];
    content.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '' || line.startsWith('#'))
            return;
        const tab = line.indexOf('\t');
        out.push(tab >= 0 ? { name: line.slice(0, tab), text: line.slice(tab + 1) }
                          : { name: 'line ' + (i + 1), text: line });
    });
    return out;
}

function checkAll(statements) {
    let failed = 0;
    for (const { name, text } of statements) {
        const problem = check(text);
        if (problem) {
            ++failed;
            console.log('FAIL ' + name + ': ' + problem + '\n     ' + text);
        }
    }
    console.log('check-tsql: ' + statements.length + ' statements, ' + failed + ' failed');
    return statements.length > 0 && failed === 0;
}

function selfTest() {
    const good = [
        'SELECT TOP (500) [serialNo], [authDateTime] FROM [dbo].[attlog] WHERE [serialNo] > ? ORDER BY [serialNo]',
        'SELECT [serialNo] FROM [thirdparty].[dbo].[attlog] WHERE [serialNo] IN (?, ?, ?) ORDER BY [serialNo]',
        "SELECT COUNT(*) FROM [dbo].[attlog] WHERE ([cardNo] LIKE ? ESCAPE '!' OR [personName] IN (?))",
        'SELECT [Дата прохода], [card no] FROM [dbo].[attlog] WHERE 1 = 0',
        'SELECT MAX([authDateTime]) FROM [dbo].[attlog]',
    ];
    const bad = [
        'SELEC [serialNo] FROM [dbo].[attlog]',
        'SELECT [serialNo] FROM [dbo].[attlog] ORDER BY [serialNo] LIMIT 5',
        'SELECT `serialNo` FROM `attlog`',
        'SELECT [a] FROM [t] ORDER BY [a] DESC NULLS LAST',
        'SELECT [a] FROM [t] WHERE',
        'SELECT [a], FROM [t]',
        'SELECT [a] FROM [t]; DROP TABLE [t]',
        'DELETE FROM [t] WHERE [a] = ?',
        "SELECT [a] FROM [t] WHERE [a] LIKE ? ESCAPE '!!'",
        "SELECT [a] FROM [t] WHERE [a] LIKE ? ESCAPE",
        'SELECT [a] FROM [t',
        '',
    ];
    let ok = true;
    for (const s of good) {
        const problem = check(s);
        if (problem) {
            ok = false;
            console.log('self-test: a good statement was rejected (' + problem + '): ' + s);
        }
    }
    for (const s of bad) {
        if (!check(s)) {
            ok = false;
            console.log('self-test: a bad statement was accepted: ' + s);
        }
    }
    if (checkAll([]) !== false) // an empty input must not pass
        ok = false;
    console.log('check-tsql self-test: ' + (ok ? 'passed' : 'FAILED') + ' (' + good.length +
                ' good, ' + bad.length + ' bad statements)');
    return ok;
}

function main(argv) {
    if (argv.length !== 1) {
        console.error('usage: node check-tsql.js FILE|-|--self-test');
        return 2;
    }
    if (argv[0] === '--self-test')
        return selfTest() ? 0 : 1;
    const content = fs.readFileSync(argv[0] === '-' ? 0 : argv[0], 'utf8');
    return checkAll(readStatements(content)) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
