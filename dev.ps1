# SPDX-License-Identifier: MIT
# Windows developer entry point (PowerShell), the counterpart of ./dev:
#   .\dev.ps1 demo    build (Release, MSVC 2022 + vcpkg) and start the GUI on the demo database
#   .\dev.ps1 test    build and run the tests that need no database server (labels core and ui)
#   .\dev.ps1 build   build only
# Needs: Visual Studio 2022 (Desktop C++ workload, which brings CMake and Ninja) and vcpkg with
# VCPKG_ROOT set. The first build compiles Qt through vcpkg and takes a long time; later runs reuse it.
param([Parameter(Position = 0)][ValidateSet('demo', 'test', 'build')][string]$Command = 'build')
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Enter-DevShell {
    if (Get-Command cl.exe -ErrorAction SilentlyContinue) { return }
    $vswhere = Join-Path ${env:ProgramFiles(x86)} 'Microsoft Visual Studio\Installer\vswhere.exe'
    if (-not (Test-Path $vswhere)) { throw 'Visual Studio 2022 not found (vswhere.exe missing).' }
    $vs = & $vswhere -latest -products * -requires Microsoft.VisualStudio.Component.VC.Tools.x86.x64 -property installationPath
    if (-not $vs) { throw 'Visual Studio 2022 with the C++ workload not found.' }
    Import-Module (Join-Path $vs 'Common7\Tools\Microsoft.VisualStudio.DevShell.dll')
    Enter-VsDevShell -VsInstallPath $vs -SkipAutomaticLocation -DevCmdArguments '-arch=x64' | Out-Null
}

function Invoke-Build {
    if (-not $env:VCPKG_ROOT) { throw 'Set VCPKG_ROOT to your vcpkg folder (git clone https://github.com/microsoft/vcpkg; bootstrap-vcpkg.bat).' }
    Enter-DevShell
    if (-not (Test-Path 'build-msvc\CMakeCache.txt')) {
        cmake --preset windows-msvc
        if ($LASTEXITCODE) { throw 'configure failed' }
    }
    cmake --build --preset windows-msvc
    if ($LASTEXITCODE) { throw 'build failed' }
}

switch ($Command) {
    'build' { Invoke-Build }
    'demo'  { Invoke-Build; & .\build-msvc\bin\attlog-viewer.exe --demo }
    'test'  {
        Invoke-Build
        ctest --preset windows-msvc
        if ($LASTEXITCODE) { throw 'tests failed' }
    }
}
