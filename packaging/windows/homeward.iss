; Homeward for Windows: the one-folder bundle (dist\homeward, from homeward.spec) as a per-user installer.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\homeward.iss      (.github/workflows/release.yml does this)
;
; Installs into %LOCALAPPDATA%\Programs\Homeward without administrator rights, adds a Start-menu entry (and,
; if asked, a desktop shortcut) and an uninstaller (Settings > Apps). OR-Tools needs the Microsoft Visual C++
; 2015-2022 runtime (x64): the installer looks for it in the registry and, when it is missing, runs the
; redistributable shipped beside this script (redist\vc_redist.x64.exe, fetched by the workflow), which asks
; for administrator rights once. The user's data (%APPDATA%\homeward: the database and its backups) is not
; removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6B1F3C0E-5D2A-4E8B-9C71-2A4F0D6E8B13}
AppName=Homeward
AppVersion={#AppVersion}
AppPublisher=Homeward
DefaultDirName={localappdata}\Programs\Homeward
DefaultGroupName=Homeward
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=homeward-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\homeward.exe
UninstallDisplayName=Homeward {#AppVersion}

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\homeward\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "redist\vc_redist.x64.exe"; DestDir: "{tmp}"; Flags: deleteafterinstall; Check: NeedsVCRuntime

[Icons]
Name: "{group}\Homeward"; Filename: "{app}\homeward.exe"
Name: "{group}\Homeward self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\homeward-cli.exe"" self-test"
Name: "{group}\{cm:UninstallProgram,Homeward}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Homeward"; Filename: "{app}\homeward.exe"; Tasks: desktopicon

[Run]
Filename: "{tmp}\vc_redist.x64.exe"; Parameters: "/install /quiet /norestart"; \
    StatusMsg: "Installing the Microsoft Visual C++ runtime that the planner (OR-Tools) needs..."; \
    Flags: shellexec waituntilterminated; Check: NeedsVCRuntime
Filename: "{app}\homeward.exe"; Description: "{cm:LaunchProgram,Homeward}"; Flags: nowait postinstall skipifsilent

[Code]
{ The Visual C++ 2015-2022 runtime (x64) is installed when this key says Installed = 1 (14.x). }
function NeedsVCRuntime: Boolean;
var
  Installed: Cardinal;
begin
  Result := not (RegQueryDWordValue(HKLM64, 'SOFTWARE\Microsoft\VisualStudio\14.0\VC\Runtimes\x64',
                                    'Installed', Installed) and (Installed = 1));
end;
