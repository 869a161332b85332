// SPDX-License-Identifier: MIT
#include "core/export/stagedfile.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>
#include <random>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace attlog {

namespace {

std::string randomSuffix()
{
    // random_device alone may be deterministic on some old MinGW runtimes; the clock and a
    // process-wide counter keep two writers in one folder apart anyway.
    static std::atomic<std::uint64_t> counter{0};
    std::uint64_t value = std::random_device{}();
    value ^=
        static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    value ^= ++counter * 0x9E3779B97F4A7C15ull;
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

// The path a chain of symbolic links ends at (which need not exist yet); nullopt for a loop or a
// link that cannot be read.
std::optional<fs::path> followLinks(fs::path path)
{
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(path, ec)))
            return path;
        const fs::path next = fs::read_symlink(path, ec);
        if (ec)
            return std::nullopt;
        path = (next.is_absolute() ? next : path.parent_path() / next).lexically_normal();
    }
    return std::nullopt;
}

char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

} // namespace

bool isWindowsDeviceName(std::string_view fileName)
{
    // Windows ignores what follows the first dot, and trailing spaces before it.
    std::string_view stem = fileName.substr(0, fileName.find('.'));
    while (!stem.empty() && stem.back() == ' ')
        stem.remove_suffix(1);
    std::string upper;
    for (const char c : stem)
        upper += asciiUpper(c);
    if (upper == "CON" || upper == "PRN" || upper == "AUX" || upper == "NUL" || upper == "CONIN$" ||
        upper == "CONOUT$")
        return true;
    return upper.size() == 4 && (upper.starts_with("COM") || upper.starts_with("LPT")) &&
           upper[3] >= '0' && upper[3] <= '9';
}

fs::path pathFromUtf8(std::string_view utf8)
{
    return fs::path(std::u8string(utf8.begin(), utf8.end()));
}

std::string pathForDisplay(const fs::path &path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

StagedFile::StagedFile(fs::path target)
    : m_target(std::move(target))
{}

StagedFile::~StagedFile()
{
    if (!m_committed)
        discard();
}

bool StagedFile::prepare()
{
    m_error.clear();
    if (m_target.empty() || !m_target.has_filename()) {
        m_error = "No file name was given for the export.";
        return false;
    }
    std::error_code ec;
    // A link is followed: the file it names is what gets replaced, and the link stays.
    if (fs::is_symlink(fs::symlink_status(m_target, ec))) {
        const std::optional<fs::path> resolved = followLinks(m_target);
        if (!resolved) {
            m_error = "Cannot write \"" + pathForDisplay(m_target) +
                      "\": it is a link whose target cannot be resolved.";
            return false;
        }
        m_target = *resolved;
    }
    const fs::file_status status = fs::status(m_target, ec);
    if (fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status)) {
        // A device, a pipe or a socket is never replaced by a file (as root, --out /dev/null
        // would have replaced the system's /dev/null).
        m_error = "Cannot write \"" + pathForDisplay(m_target) +
                  "\": it is a device, pipe or socket, not a file. Give a file name.";
        return false;
    }
    fs::path folder = m_target.parent_path();
    if (folder.empty())
        folder = fs::path(".");
    if (!fs::is_directory(folder, ec)) {
        m_error = "Cannot write \"" + pathForDisplay(m_target) + "\": the folder \"" +
                  pathForDisplay(folder) + "\" does not exist.";
        return false;
    }
    if (fs::is_directory(m_target, ec)) {
        m_error = "Cannot write \"" + pathForDisplay(m_target) + "\": it is a folder.";
        return false;
    }
#ifdef _WIN32
    if (isWindowsDeviceName(pathForDisplay(m_target.filename()))) {
        m_error = "Cannot write \"" + pathForDisplay(m_target) +
                  "\": it names a Windows device, not a file. Give a file name.";
        return false;
    }
#endif
    fs::path name = fs::path(".") += m_target.filename();
    name += "." + randomSuffix() + ".part";
    m_temp = folder / name;
    m_committed = false;
    return true;
}

bool StagedFile::commit()
{
    std::error_code ec;
#ifndef _WIN32
    // A replaced file keeps its permissions; a new one is for its owner only (exports hold
    // people's names and times). Windows files take their folder's access list instead.
    const fs::file_status existing = fs::status(m_target, ec);
    const fs::perms perms = fs::is_regular_file(existing)
                                ? existing.permissions()
                                : fs::perms::owner_read | fs::perms::owner_write;
    fs::permissions(m_temp, perms, fs::perm_options::replace, ec);
    if (ec) {
        m_error = "Cannot save \"" + pathForDisplay(m_target) + "\": " + ec.message() + ".";
        discard();
        return false;
    }
#endif
    fs::rename(m_temp, m_target, ec);
    if (ec && fs::exists(m_target)) {
        // Some Windows runtimes refuse to rename over an existing file; the new content is
        // complete at this point, so replacing in two steps loses nothing but atomicity.
        std::error_code removeError;
        fs::remove(m_target, removeError);
        ec.clear();
        fs::rename(m_temp, m_target, ec);
    }
    if (ec) {
        m_error = "Cannot save \"" + pathForDisplay(m_target) + "\": " + ec.message() + ".";
        discard();
        return false;
    }
    m_committed = true;
    return true;
}

void StagedFile::discard()
{
    if (m_temp.empty())
        return;
    std::error_code ec;
    fs::remove(m_temp, ec);
}

bool writeStagedFile(const fs::path &target, std::string_view bytes, std::string *error)
{
    StagedFile staged(target);
    if (!staged.prepare()) {
        *error = staged.errorString();
        return false;
    }
    {
        std::ofstream file(staged.tempPath(), std::ios::binary | std::ios::trunc);
        file.write(bytes.data(), std::streamsize(bytes.size()));
        file.close();
        if (!file) {
            staged.discard();
            *error = "Cannot write \"" + pathForDisplay(target) + "\".";
            return false;
        }
    }
    if (!staged.commit()) {
        *error = staged.errorString();
        return false;
    }
    return true;
}

} // namespace attlog
