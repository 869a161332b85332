// SPDX-License-Identifier: MIT
#include "core/text/repairstream.h"

#include "core/text/repair.h"
#include "core/text/repairer.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace attlog::text {
namespace {

constexpr std::size_t kReadSize = 1 << 20;
constexpr std::size_t kFlushSize = 1 << 20;

class LineRepairer
{
public:
    LineRepairer(std::FILE *out, std::FILE *err)
        : m_out(out)
        , m_err(err)
    {
        m_pending.reserve(kFlushSize + 4096);
    }

    // One line without its "\n" (a "\r" before it is kept out of the repair and written back).
    bool line(std::string_view text, bool newline)
    {
        ++m_lineNumber;
        std::string_view body = text;
        const bool cr = newline && !body.empty() && body.back() == '\r';
        if (cr)
            body.remove_suffix(1);
        if (m_repairer.repairInto(body, m_pending) == RepairOutcome::InvalidUtf8 && !m_reported) {
            m_reported = true;
            std::fprintf(m_err,
                         "attlog repair: line %llu is not valid UTF-8 and was passed through "
                         "unchanged (later such lines are not reported)\n",
                         static_cast<unsigned long long>(m_lineNumber));
        }
        if (cr)
            m_pending += '\r';
        if (newline)
            m_pending += '\n';
        return m_pending.size() < kFlushSize || flush();
    }

    bool flush()
    {
        if (!m_pending.empty() &&
            std::fwrite(m_pending.data(), 1, m_pending.size(), m_out) != m_pending.size()) {
            std::fprintf(m_err, "attlog repair: cannot write the output: %s\n",
                         std::strerror(errno));
            return false;
        }
        m_pending.clear();
        return true;
    }

private:
    std::FILE *m_out;
    std::FILE *m_err;
    Repairer m_repairer;
    std::string m_pending;
    unsigned long long m_lineNumber = 0;
    bool m_reported = false;
};

} // namespace

int repairLines(std::FILE *in, std::FILE *out, std::FILE *err)
{
    LineRepairer lines(out, err);
    std::vector<char> buffer(kReadSize);
    std::string carry; // the start of a line that continues in the next read
    for (;;) {
        const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), in);
        if (got == 0)
            break;
        const char *data = buffer.data();
        const char *end = data + got;
        while (data < end) {
            const auto *newline = static_cast<const char *>(
                std::memchr(data, '\n', static_cast<std::size_t>(end - data)));
            if (!newline) {
                carry.append(data, end);
                break;
            }
            bool ok;
            if (carry.empty()) {
                ok = lines.line(std::string_view(data, static_cast<std::size_t>(newline - data)),
                                true);
            } else {
                carry.append(data, newline);
                ok = lines.line(carry, true);
                carry.clear();
            }
            if (!ok)
                return 1;
            data = newline + 1;
        }
    }
    if (std::ferror(in)) {
        std::fprintf(err, "attlog repair: cannot read the input: %s\n", std::strerror(errno));
        lines.flush();
        return 1;
    }
    if (!carry.empty() && !lines.line(carry, false))
        return 1;
    if (!lines.flush() || std::fflush(out) != 0)
        return 1;
    return 0;
}

} // namespace attlog::text
