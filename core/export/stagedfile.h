// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace attlog {

// A file written under a temporary name in the target's own folder and moved onto the target only
// by commit(), so the target path never holds a partial file. The destructor discards an
// uncommitted temporary file. Not thread-safe; one owner.
class StagedFile
{
public:
    explicit StagedFile(std::filesystem::path target);
    ~StagedFile();
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    // Checks that the target's folder exists and picks a fresh temporary name beside the target
    // (".<name>.<random>.part"). A target that is a symbolic link is followed: the file it names
    // becomes the target (the link stays). Returns false with errorString() set when the folder
    // is missing, the target is a folder, a device, a pipe or a socket (never replaced by a
    // file), or (on Windows) the name is a device such as NUL or CON. The temporary file itself
    // is created by the caller.
    bool prepare();
    const std::filesystem::path &target() const { return m_target; }
    const std::filesystem::path &tempPath() const { return m_temp; }

    // Renames the temporary file onto the target, replacing an existing target. Outside Windows
    // the result keeps a replaced file's permissions, and a new file is readable and writable by
    // its owner only.
    bool commit();
    // Removes the temporary file if it exists. Idempotent.
    void discard();

    const std::string &errorString() const { return m_error; }

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    std::string m_error;
    bool m_committed = false;
};

// Writes `bytes` as the whole file `target` through a StagedFile: replaced only when complete; a
// target that is a device, a pipe or a folder is refused; a new file is its owner's only.
// false with `error` set (it names the file).
bool writeStagedFile(const std::filesystem::path &target, std::string_view bytes,
                     std::string *error);

// True when `fileName` (a last path component, UTF-8) names a Windows device: CON, PRN, AUX, NUL,
// COM0-COM9, LPT0-LPT9, CONIN$, CONOUT$, in any letter case, also with an extension or trailing
// dots and spaces ("nul.csv", "CON ."). Windows opens the device for such a name in any folder,
// so StagedFile refuses it as a target there. Pure text check, the same on every platform.
bool isWindowsDeviceName(std::string_view fileName);

// A path from UTF-8 text. Use it (or a wide string) to build paths from text on Windows:
// std::filesystem::path(std::string) takes the ANSI code page there, which mangles Cyrillic names.
std::filesystem::path pathFromUtf8(std::string_view utf8);

// The path in UTF-8 for messages (portable: std::filesystem::path::string() is not UTF-8 on
// Windows).
std::string pathForDisplay(const std::filesystem::path &path);

} // namespace attlog
