; Inno Setup 6.3+ script: the Windows installer of the registration desk program.
; Build the bundle first, then compile this script (see installer\README.md):
;   .venv\Scripts\pyinstaller installer\registration.spec --noconfirm
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\windows\registration.iss
; Output: dist\registration-setup-<version>.exe
;
; The user's database, settings and logs live in %LOCALAPPDATA%\registration (the
; platformdirs user data folder), never in the program folder. Uninstall removes only
; what Setup installed, so the database is kept; the last uninstall page says where it is.

#define BundleDir AddBackslash(SourcePath) + "..\..\dist\registration"
#ifndef AppVersion
  ; The bundle carries the version of pyproject.toml in a file named VERSION.
  #define VersionFile FileOpen(BundleDir + "\VERSION")
  #if VersionFile == 0
    #error Build the bundle first: pyinstaller installer\registration.spec --noconfirm
  #endif
  #define AppVersion FileRead(VersionFile)
  #expr FileClose(VersionFile)
#endif

[Setup]
AppId={{CEB9B887-64FC-4412-A29F-F63F8B8AB0EA}
AppName=Registration
AppVersion={#AppVersion}
AppVerName=Registration {#AppVersion}
AppPublisher=Registration desk project
DefaultDirName={autopf}\Registration
DefaultGroupName=Registration
DisableProgramGroupPage=yes
; Desk staff rarely have administrator rights: install for the current user by default.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=registration-setup-{#AppVersion}
SetupIconFile=..\..\src\registration\resources\icons\registration.ico
UninstallDisplayIcon={app}\registration.exe
UninstallDisplayName=Registration {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "th"; MessagesFile: "compiler:Default.isl,Thai.isl"

[CustomMessages]
en.AppTitle=Registration desk
th.AppTitle=โต๊ะลงทะเบียน
en.SelfTestTitle=Registration self-test
th.SelfTestTitle=ตรวจสอบโปรแกรมลงทะเบียน
en.DataKept=The participants database, settings and logs were kept in:%n%n%1%n%nDelete that folder yourself if you no longer need them.
th.DataKept=ฐานข้อมูลผู้เข้าร่วม การตั้งค่า และบันทึกการทำงาน ยังเก็บไว้ที่:%n%n%1%n%nถ้าไม่ต้องการแล้ว ให้ลบโฟลเดอร์นั้นเอง

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\registration.exe"
Name: "{group}\{cm:SelfTestTitle}"; Filename: "{cmd}"; Parameters: "/k ""{app}\registration-cli.exe"" --self-test"; IconFilename: "{app}\registration.exe"
Name: "{group}\{cm:UninstallProgram,Registration}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\registration.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\registration.exe"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\registration')]),
      mbInformation, MB_OK);
end;
