<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Expected</source>
        <translation>คาดว่าจะมา</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ซ่อนไว้)</translation>
    </message>
    <message>
        <source>{title} (hidden: {reason})</source>
        <translation>{title} (ซ่อนไว้: {reason})</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>By province</source>
        <translation>ตามจังหวัด</translation>
    </message>
    <message>
        <source>By issue area / role</source>
        <translation>ตามประเด็นงาน / บทบาท</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>ส่งออก &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>ส่งออก &amp;CSV…</translation>
    </message>
    <message>
        <source>Su&amp;mmary PDF…</source>
        <translation>สรุปเป็น PDF (&amp;M)…</translation>
    </message>
    <message>
        <source>Offline: these counts are the server&apos;s from before it stopped answering. Other desks&apos; check-ins since then are missing, and this desk&apos;s {n} waiting check-in(s) are added when the server is back.</source>
        <translation>ออฟไลน์: ยอดเหล่านี้เป็นของเซิร์ฟเวอร์ก่อนที่จะหยุดตอบ ยังไม่รวมการลงชื่อของโต๊ะอื่นหลังจากนั้น และการลงชื่อของโต๊ะนี้ที่รอส่ง {n} รายการจะถูกนับเมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
    <message>
        <source>Cannot count: {message}</source>
        <translation>นับไม่ได้: {message}</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>ประเด็นงาน</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>{expected} expected</source>
        <translation>คาดว่าจะมา {expected} คน</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>ลงชื่อแล้ว</translation>
    </message>
    <message>
        <source>Checked in per session</source>
        <translation>ลงชื่อเข้าร่วมแยกตามช่วง</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>ส่งออกข้อมูลการเข้าร่วม</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>บันทึกแล้ว: {path}</translation>
    </message>
    <message>
        <source>Exporting attendance…</source>
        <translation>กำลังส่งออกข้อมูลการเข้าร่วม…</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <source>Preparing badges…</source>
        <translation>กำลังเตรียมป้ายชื่อ…</translation>
    </message>
    <message>
        <source>{count} badge(s)</source>
        <translation>ป้ายชื่อ {count} ใบ</translation>
    </message>
</context>
<context>
    <name>CameraToggle</name>
    <message>
        <source>Camera: {why}</source>
        <translation>กล้อง: {why}</translation>
    </message>
    <message>
        <source>Camera on: hold a badge up to it</source>
        <translation>เปิดกล้องแล้ว: ถือป้ายชื่อให้กล้องเห็น</translation>
    </message>
</context>
<context>
    <name>CertificateForm</name>
    <message>
        <source>e.g. สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)</source>
        <translation>เช่น สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>หน่วยงานที่มอบ</translation>
    </message>
    <message>
        <source>Sentence before the event</source>
        <translation>ข้อความก่อนชื่องาน</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>วันที่มอบ</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ตราสัญลักษณ์</translation>
    </message>
    <message>
        <source>Signatory {n}</source>
        <translation>ผู้ลงนามคนที่ {n}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>ภาพลายมือชื่อ</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Attended at least</source>
        <translation>เข้าร่วมอย่างน้อย</translation>
    </message>
    <message>
        <source>Every session of a day</source>
        <translation>เข้าร่วมทุกช่วงของวัน</translation>
    </message>
    <message>
        <source>Picked by hand</source>
        <translation>เลือกเอง</translation>
    </message>
    <message>
        <source> session(s)</source>
        <translation> ช่วง</translation>
    </message>
    <message>
        <source>Write certificates…</source>
        <translation>สร้างเกียรติบัตร…</translation>
    </message>
    <message>
        <source>Table name cards of those ticked…</source>
        <translation>ป้ายชื่อตั้งโต๊ะของผู้ที่เลือก…</translation>
    </message>
    <message>
        <source>{n} of {m} ticked</source>
        <translation>เลือกแล้ว {n} จาก {m} คน</translation>
    </message>
    <message>
        <source>Tick at least one person.</source>
        <translation>เลือกอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <source>Write certificates</source>
        <translation>สร้างเกียรติบัตร</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing certificates…</source>
        <translation>กำลังสร้างเกียรติบัตร…</translation>
    </message>
    <message>
        <source>Cancelled: no certificate was written or numbered.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้สร้างเกียรติบัตรและไม่ได้ออกเลขที่ใด</translation>
    </message>
    <message>
        <source>Wrote {n} certificate(s) ({r} reprint(s)) to {path}</source>
        <translation>สร้างเกียรติบัตร {n} ฉบับ (พิมพ์ซ้ำ {r} ฉบับ) ไว้ที่ {path}</translation>
    </message>
    <message>
        <source>Check these certificates: a name was cut short or printed without characters the font lacks (emoji): {numbers}</source>
        <translation>ตรวจเกียรติบัตรเลขที่เหล่านี้: ชื่อยาวเกินจึงถูกตัด หรือพิมพ์โดยไม่มีอักขระที่ฟอนต์ไม่มี (อีโมจิ): {numbers}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้บันทึกไฟล์ใด</translation>
    </message>
    <message>
        <source>Wrote {n} table name card(s) to {path}</source>
        <translation>สร้างป้ายชื่อตั้งโต๊ะ {n} ป้าย ไว้ที่ {path}</translation>
    </message>
</context>
<context>
    <name>ClustersBox</name>
    <message>
        <source>Province clusters</source>
        <translation>กลุ่มจังหวัด</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>กลุ่มจังหวัด</translation>
    </message>
</context>
<context>
    <name>Counters</name>
    <message>
        <source>(choose a province)</source>
        <translation>(เลือกจังหวัด)</translation>
    </message>
    <message>
        <source>Checked in: {n} / {m}</source>
        <translation>ลงชื่อแล้ว: {n} / {m}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>The details are also in the log file {path}.</source>
        <translation>รายละเอียดบันทึกไว้ในไฟล์บันทึกการทำงาน {path} ด้วย</translation>
    </message>
    <message>
        <source>The program met an error it did not expect. Your data is safe: every check-in made so far is saved. You can keep working; if this happens again, send the details below to whoever supports the desk.</source>
        <translation>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด ข้อมูลของคุณปลอดภัย: การลงชื่อเข้าร่วมทุกรายการที่ทำไปแล้วถูกบันทึกไว้ครบ ทำงานต่อได้ตามปกติ หากเกิดขึ้นอีก โปรดส่งรายละเอียดด้านล่างให้ผู้ดูแลจุดลงทะเบียน</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>คัดลอกรายละเอียด (&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>The database {path} fails its integrity check. Nothing more is written to it.</source>
        <translation>ฐานข้อมูล {path} ไม่ผ่านการตรวจความสมบูรณ์ จะไม่มีการบันทึกข้อมูลลงไปอีก</translation>
    </message>
    <message>
        <source>No good backup was found: keep the file and ask for help before doing anything else with it.</source>
        <translation>ไม่พบสำเนาสำรองที่ดี: เก็บไฟล์นี้ไว้และขอความช่วยเหลือก่อนทำอย่างอื่นกับไฟล์</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}.</source>
        <translation>สำเนาสำรองที่ดีล่าสุดคือของ {when}</translation>
    </message>
    <message>
        <source>The damaged file is kept aside.</source>
        <translation>ไฟล์ที่เสียหายจะถูกเก็บแยกไว้</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>กู้คืนจากสำเนาสำรอง (&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was recorded after it.</source>
        <translation>ไม่มีการบันทึกใดหลังจากนั้น</translation>
    </message>
    <message>
        <source>Restoring it sets aside what was recorded after it: {check_ins} check-ins and {people} new participants (kept in a copy, not in the restored database).</source>
        <translation>การกู้คืนจะแยกสิ่งที่บันทึกหลังจากนั้นออก: การลงทะเบียนเข้างาน {check_ins} รายการ และผู้เข้าร่วมใหม่ {people} คน (เก็บไว้ในสำเนา ไม่อยู่ในฐานข้อมูลที่กู้คืน)</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>no session</source>
        <translation>ไม่มีช่วง</translation>
    </message>
    <message>
        <source>“{hidden}” was hidden ({reason}): this desk now checks in to {now_on}</source>
        <translation>ช่วง “{hidden}” ถูกซ่อนแล้ว ({reason}): โต๊ะนี้ลงทะเบียนเข้า {now_on} แทน</translation>
    </message>
    <message>
        <source>No one matches “{text}”</source>
        <translation>ไม่พบผู้ใดตรงกับ “{text}”</translation>
    </message>
    <message>
        <source>{n} people match: choose one with ↑↓, then press Enter</source>
        <translation>พบ {n} คนที่ตรงกัน: เลือกหนึ่งคนด้วย ↑↓ แล้วกด Enter</translation>
    </message>
    <message>
        <source>Belongs to {group} — not counted here</source>
        <translation>อยู่{group} — ยังไม่นับที่นี่</translation>
    </message>
    <message>
        <source>Counted here — belongs to {group}</source>
        <translation>นับที่นี่แล้ว — อยู่{group}</translation>
    </message>
    <message>
        <source>Counted here, not yet confirmed by the server — belongs to {group}</source>
        <translation>นับที่นี่แล้ว เซิร์ฟเวอร์ยังไม่ยืนยัน — อยู่{group}</translation>
    </message>
</context>
<context>
    <name>DeskUndo</name>
    <message>
        <source>Nothing to undo</source>
        <translation>ไม่มีรายการให้เลิกทำ</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>เลิกทำการลงชื่อ</translation>
    </message>
    <message>
        <source>Why is the check-in of {name} undone?</source>
        <translation>เลิกทำการลงชื่อของ {name} เพราะอะไร</translation>
    </message>
    <message>
        <source>wrong person</source>
        <translation>ผิดคน</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>เลิกทำการลงชื่อแล้ว</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Desk: {desk}</source>
        <translation>จุดลงทะเบียน: {desk}</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name, nickname or phone</source>
        <translation>สแกนป้ายชื่อ หรือพิมพ์ชื่อ ชื่อเล่น หรือเบอร์โทร</translation>
    </message>
    <message>
        <source>Undo selected check-in (Ctrl+Del)</source>
        <translation>เลิกทำการลงชื่อที่เลือก (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Count here &amp;anyway (Ctrl+Enter)</source>
        <translation>นับที่นี่เลย (&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Room of:</source>
        <translation>ห้องของ:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>ช่วง:</translation>
    </message>
    <message>
        <source>Name matches (↑↓ choose, Enter checks in)</source>
        <translation>ชื่อที่ตรงกัน (↑↓ เลือก, Enter ลงชื่อ)</translation>
    </message>
    <message>
        <source>Last 20 check-ins at this desk</source>
        <translation>ลงชื่อล่าสุด 20 รายการที่จุดนี้</translation>
    </message>
</context>
<context>
    <name>EventSetupView</name>
    <message>
        <source>Plenary</source>
        <translation>ประชุมรวม</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>บรรยาย</translation>
    </message>
    <message>
        <source>Breakout groups</source>
        <translation>กลุ่มย่อย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>ข้อมูลงาน</translation>
    </message>
    <message>
        <source>Save &amp;event</source>
        <translation>บันทึกข้อมูลงาน (&amp;E)</translation>
    </message>
    <message>
        <source>Name (Thai):</source>
        <translation>ชื่อ (ไทย):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>ชื่อ (อังกฤษ):</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>ตั้งแต่:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>ถึง:</translation>
    </message>
    <message>
        <source>Say why the session is hidden.</source>
        <translation>โปรดระบุเหตุผลที่ซ่อนช่วงนี้</translation>
    </message>
    <message>
        <source>This session is already hidden.</source>
        <translation>ช่วงนี้ถูกซ่อนอยู่แล้ว</translation>
    </message>
    <message>
        <source>This session is not hidden.</source>
        <translation>ช่วงนี้ไม่ได้ถูกซ่อน</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>ช่วงกิจกรรม</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>เพิ่มช่วง (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>บันทึกช่วง (&amp;S)</translation>
    </message>
    <message>
        <source>De&amp;lete session…</source>
        <translation>ลบช่วง (&amp;L)…</translation>
    </message>
    <message>
        <source>Title (Thai):</source>
        <translation>หัวข้อ (ไทย):</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>หัวข้อ (อังกฤษ):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>วิทยากร:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>เริ่ม:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>สิ้นสุด:</translation>
    </message>
    <message>
        <source>The session needs a title.</source>
        <translation>ช่วงนี้ต้องมีหัวข้อ</translation>
    </message>
    <message>
        <source>Issue areas and roles</source>
        <translation>ประเด็นงานและบทบาท</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>สี (&amp;C)…</translation>
    </message>
    <message>
        <source>Save &amp;issue area</source>
        <translation>บันทึกประเด็นงาน (&amp;I)</translation>
    </message>
    <message>
        <source>Thai:</source>
        <translation>ชื่อไทย:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>ชื่ออังกฤษ:</translation>
    </message>
    <message>
        <source>Colour of the band</source>
        <translation>สีแถบบนป้ายชื่อ</translation>
    </message>
    <message>
        <source>Choose an issue area first.</source>
        <translation>เลือกประเด็นงานก่อน</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>งานต้องไม่จบก่อนวันเริ่ม</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>ช่วงนี้ต้องจบหลังเวลาเริ่ม</translation>
    </message>
    <message>
        <source>Not a colour.</source>
        <translation>ไม่ใช่สี</translation>
    </message>
    <message>
        <source>Check-ins were recorded for this session: it cannot be deleted.</source>
        <translation>มีผู้ลงทะเบียนเข้าช่วงนี้แล้ว จึงลบไม่ได้</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>ต้องใส่ชื่องาน</translation>
    </message>
    <message>
        <source>Event saved: every tab shows it now.</source>
        <translation>บันทึกงานแล้ว ทุกแท็บแสดงตามนี้แล้ว</translation>
    </message>
    <message>
        <source>{session} — hidden: {reason}</source>
        <translation>{session} — ซ่อนไว้: {reason}</translation>
    </message>
    <message>
        <source>{count} check-in(s) were recorded for this session, so it cannot be deleted; its attendance stays on record. Hide it if no desk should offer it.</source>
        <translation>มีการลงทะเบียนเข้าช่วงนี้แล้ว {count} ครั้ง จึงลบไม่ได้ ข้อมูลการเข้าร่วมยังเก็บไว้ครบ หากไม่ต้องการให้โต๊ะใดเลือกช่วงนี้อีก ให้ซ่อนไว้</translation>
    </message>
    <message>
        <source>The issue area needs a Thai name.</source>
        <translation>ต้องใส่ชื่อประเด็นงานภาษาไทย</translation>
    </message>
    <message>
        <source>Issue area saved.</source>
        <translation>บันทึกประเด็นงานแล้ว</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>ลบช่วง</translation>
    </message>
    <message>
        <source>Delete the session &quot;{title}&quot;? Nobody has checked in to it.</source>
        <translation>ลบช่วง &quot;{title}&quot; หรือไม่? ยังไม่มีใครลงทะเบียนเข้าช่วงนี้</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>ลบช่วงแล้ว</translation>
    </message>
    <message>
        <source>Session saved: the desk and the printing tab offer it now.</source>
        <translation>บันทึกช่วงแล้ว เลือกได้ทั้งที่จุดลงทะเบียนและแท็บพิมพ์</translation>
    </message>
    <message>
        <source>Event setup needs the database server, which does not answer ({why}). It works again when the server is back.</source>
        <translation>การตั้งค่างานต้องใช้เซิร์ฟเวอร์ฐานข้อมูล ซึ่งไม่ตอบอยู่ ({why}) จะใช้ได้อีกเมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the participant list (CSV or Excel)</source>
        <translation>เลือกไฟล์รายชื่อผู้เข้าร่วม (CSV หรือ Excel)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>รายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.xls *.ods)</source>
        <translation>ไฟล์รายชื่อ (*.csv *.xlsx *.xls *.ods)</translation>
    </message>
</context>
<context>
    <name>FileTypes</name>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>ไฟล์ {kind}</translation>
    </message>
</context>
<context>
    <name>GroupRoomCombo</name>
    <message>
        <source>Any group</source>
        <translation>ทุกกลุ่ม</translation>
    </message>
</context>
<context>
    <name>GroupSetCombo</name>
    <message>
        <source>(no group line)</source>
        <translation>(ไม่พิมพ์กลุ่ม)</translation>
    </message>
</context>
<context>
    <name>GroupsTree</name>
    <message>
        <source>Group / name</source>
        <translation>กลุ่ม / ชื่อ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>ประเด็นงาน</translation>
    </message>
    <message>
        <source> · room {room}</source>
        <translation> · ห้อง {room}</translation>
    </message>
    <message>
        <source>{name}{room} ({n})</source>
        <translation>{name}{room} ({n} คน)</translation>
    </message>
    <message>
        <source> · facilitator {name}</source>
        <translation> · ผู้ดำเนินกลุ่ม {name}</translation>
    </message>
    <message>
        <source> (moved by hand)</source>
        <translation> (ย้ายเอง)</translation>
    </message>
    <message>
        <source> (walk-in, placed automatically)</source>
        <translation> (ลงทะเบียนหน้างาน จัดเข้ากลุ่มอัตโนมัติ)</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>By province cluster</source>
        <translation>ตามกลุ่มจังหวัด</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>ตามจังหวัด</translation>
    </message>
    <message>
        <source>By issue area</source>
        <translation>ตามประเด็นงาน</translation>
    </message>
    <message>
        <source>Mixed (provinces and issue areas spread)</source>
        <translation>คละกัน (กระจายจังหวัดและประเด็นงาน)</translation>
    </message>
    <message>
        <source>Move someone: drag the name onto a group, or select it and press the group&apos;s number (1–9); Ctrl+Z puts the last one back.</source>
        <translation>ย้ายคน: ลากชื่อไปวางบนกลุ่ม หรือเลือกชื่อแล้วกดหมายเลขกลุ่ม (1–9) กด Ctrl+Z เพื่อย้ายคนล่าสุดกลับที่เดิม</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>บันทึกแล้ว: {path}</translation>
    </message>
    <message>
        <source>Group set</source>
        <translation>ชุดกลุ่มย่อย</translation>
    </message>
    <message>
        <source>Name of a new set, e.g. กลุ่มย่อย 9 ก.พ. บ่าย</source>
        <translation>ชื่อชุดใหม่ เช่น กลุ่มย่อย 9 ก.พ. บ่าย</translation>
    </message>
    <message>
        <source>groups: </source>
        <translation>จำนวนกลุ่ม: </translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(ไม่ผูกกับช่วงใด)</translation>
    </message>
    <message>
        <source>Create set</source>
        <translation>สร้างชุด</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>แบ่งกลุ่มอัตโนมัติ</translation>
    </message>
    <message>
        <source>Undo assignment (Ctrl+Shift+Z)</source>
        <translation>ยกเลิกการแบ่งกลุ่มล่าสุด (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Place newcomers</source>
        <translation>จัดคนที่ยังไม่มีกลุ่ม</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>ผู้ดำเนินกลุ่ม</translation>
    </message>
    <message>
        <source>No move by hand to undo in this set.</source>
        <translation>ชุดนี้ไม่มีการย้ายเองที่จะย้อนกลับ</translation>
    </message>
    <message>
        <source>{name} is back where they were.</source>
        <translation>{name} กลับไปอยู่ที่เดิมแล้ว</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>บันทึกกลุ่ม</translation>
    </message>
    <message>
        <source>No group set yet: name one above and create it.</source>
        <translation>ยังไม่มีชุดกลุ่มย่อย: ตั้งชื่อด้านบนแล้วกดสร้าง</translation>
    </message>
    <message>
        <source>{n} groups · {people} people in groups · {missing} in no group</source>
        <translation>{n} กลุ่ม · มีกลุ่มแล้ว {people} คน · ยังไม่มีกลุ่ม {missing} คน</translation>
    </message>
    <message>
        <source> · {n} walk-in(s) placed automatically</source>
        <translation> · ลงทะเบียนหน้างานและจัดเข้ากลุ่มอัตโนมัติ {n} คน</translation>
    </message>
</context>
<context>
    <name>HideSessionDialog</name>
    <message>
        <source>Hide session</source>
        <translation>ซ่อนช่วง</translation>
    </message>
    <message>
        <source>Hide “{title}”? No desk, sign-in sheet or list will offer it any more; its {count} check-in(s) stay in the exports, the report and the certificates. It can be shown again.</source>
        <translation>ซ่อนช่วง “{title}” หรือไม่? โต๊ะลงทะเบียน ใบลงชื่อ และรายการต่าง ๆ จะไม่แสดงช่วงนี้ให้เลือกอีก แต่การลงทะเบียน {count} ครั้งของช่วงนี้ยังอยู่ในไฟล์ส่งออก รายงาน และเกียรติบัตร แสดงกลับได้ภายหลัง</translation>
    </message>
    <message>
        <source>e.g. a duplicate of the afternoon session</source>
        <translation>เช่น ซ้ำกับช่วงบ่าย</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <source>Why is it hidden?</source>
        <translation>ซ่อนเพราะอะไร</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>เลือกภาพ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>ภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{name} is damaged ({problem}); nothing was imported.</source>
        <translation>ไฟล์ {name} เสียหาย ({problem}) จึงไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is too big to import ({what}); nothing was imported.</source>
        <translation>ไฟล์ {name} ใหญ่เกินกว่าจะนำเข้าได้ ({what}) จึงไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Prefix</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>ประเด็นงาน</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 แถว</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} แถว</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Import only if every row is fine</source>
        <translation>นำเข้าเมื่อทุกแถวถูกต้องเท่านั้น</translation>
    </message>
    <message>
        <source>Import the good rows, skip rows with problems</source>
        <translation>นำเข้าแถวที่ถูกต้อง ข้ามแถวที่มีปัญหา</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>นำเข้าเลย</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>{n} participants imported, {skipped} skipped.</source>
        <translation>นำเข้าผู้เข้าร่วม {n} คน ข้าม {skipped}</translation>
    </message>
    <message>
        <source>Nothing imported: {n} with problems.</source>
        <translation>ไม่ได้นำเข้า: {n} มีปัญหา</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>ยกเลิกการนำเข้าแล้ว: ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>นำเข้ารายชื่อผู้เข้าร่วม</translation>
    </message>
</context>
<context>
    <name>LinkStatusController</name>
    <message>
        <source>● Online: server connected</source>
        <translation>● ออนไลน์: เชื่อมต่อเซิร์ฟเวอร์แล้ว</translation>
    </message>
    <message>
        <source>● Online · sending {n} saved scan(s)</source>
        <translation>● ออนไลน์ · กำลังส่งรายการที่เก็บไว้ {n} รายการ</translation>
    </message>
    <message>
        <source>● Offline since {time}: the server does not answer. Check-ins are saved on this desk ({n} waiting) and sent when it is back</source>
        <translation>● ออฟไลน์ตั้งแต่ {time}: เซิร์ฟเวอร์ไม่ตอบ การลงชื่อเก็บไว้ที่โต๊ะนี้ (รอส่ง {n} รายการ) และจะส่งเมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
    <message>
        <source> · participant list as of {time}</source>
        <translation> · รายชื่อผู้เข้าร่วม ณ {time}</translation>
    </message>
    <message>
        <source>{name}: checked in here at {here} while offline, before {desk}; {desk}&apos;s later check-in was set aside</source>
        <translation>{name}: ลงชื่อที่โต๊ะนี้เวลา {here} ระหว่างออฟไลน์ ก่อน {desk} การลงชื่อภายหลังของ {desk} จึงไม่นับ</translation>
    </message>
    <message>
        <source>{name}: the check-in here at {here} does not count; {desk} checked them in earlier, at {time}</source>
        <translation>{name}: การลงชื่อที่โต๊ะนี้เวลา {here} ไม่นับ เพราะ {desk} ลงชื่อให้ก่อนแล้วเมื่อเวลา {time}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Registration: {event}</source>
        <translation>ลงทะเบียน: {event}</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>จุดลงทะเบียน</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>การเข้าร่วม</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>พิมพ์เอกสาร</translation>
    </message>
    <message>
        <source>Event setup</source>
        <translation>ตั้งค่างาน</translation>
    </message>
    <message>
        <source>The database is read-only here: you can look and print, not change anything.</source>
        <translation>ฐานข้อมูลนี้อ่านได้อย่างเดียว: ดูและพิมพ์ได้ แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>Loading the participant list…</source>
        <translation>กำลังโหลดรายชื่อผู้เข้าร่วม…</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>ผู้เข้าร่วม {n} คน</translation>
    </message>
    <message>
        <source>The participant list could not be loaded: {why}</source>
        <translation>โหลดรายชื่อผู้เข้าร่วมไม่ได้: {why}</translation>
    </message>
    <message>
        <source>The database is reachable again.</source>
        <translation>เชื่อมต่อฐานข้อมูลได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>This desk is now {desk}.</source>
        <translation>จุดลงทะเบียนนี้ชื่อ {desk} แล้ว</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>ส่งออกข้อมูลการเข้าร่วม</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>บันทึกแล้ว: {path}</translation>
    </message>
    <message>
        <source>The database is damaged: nothing more is saved.</source>
        <translation>ฐานข้อมูลเสียหาย: จะไม่มีการบันทึกอีก</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>กลุ่มย่อย</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>ยังไม่มา</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>เกียรติบัตร</translation>
    </message>
</context>
<context>
    <name>MatchesHere</name>
    <message>
        <source>✓ in {time}, {desk}</source>
        <translation>✓ {time} น. · {desk}</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>มาแล้ว</translation>
    </message>
</context>
<context>
    <name>MissingView</name>
    <message>
        <source>By province</source>
        <translation>ตามจังหวัด</translation>
    </message>
    <message>
        <source>By issue area</source>
        <translation>ตามประเด็นงาน</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Export call list…</source>
        <translation>ส่งออกรายชื่อโทรตาม…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>ประเด็นงาน</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Secretariat to call</source>
        <translation>กองเลขาที่ติดต่อได้</translation>
    </message>
    <message>
        <source>Still missing: {missing} of {registered} ({arrived} checked in)</source>
        <translation>ยังไม่มา {missing} จาก {registered} คน (มาแล้ว {arrived} คน)</translation>
    </message>
    <message>
        <source>{title}: {missing} missing of {registered}</source>
        <translation>{title}: ยังไม่มา {missing} จาก {registered} คน</translation>
    </message>
    <message>
        <source>Export call list</source>
        <translation>ส่งออกรายชื่อโทรตาม</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv);;PDF document (*.pdf)</source>
        <translation>สมุดงาน Excel (*.xlsx);;ไฟล์ CSV (*.csv);;เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>บันทึกแล้ว: {path}</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>กำลังสร้างรายชื่อ…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้บันทึกไฟล์ใด</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>Day {number}</source>
        <translation>วันที่ {number}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>งานใหม่</translation>
    </message>
    <message>
        <source>e.g. Provincial strategy workshop</source>
        <translation>เช่น สัมมนาแผนยุทธศาสตร์จังหวัด</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>สร้าง (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่องาน (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>สถานที่ (&amp;V):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ตั้งแต่ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>ถึง (&amp;T):</translation>
    </message>
    <message>
        <source>Each day gets one session to start with; change them in Event setup (F9), then import the participant list.</source>
        <translation>เริ่มต้นด้วยวันละหนึ่งช่วง แก้ไขได้ที่ ตั้งค่างาน (F9) จากนั้นนำเข้ารายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>กรุณาตั้งชื่องาน</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>วันสิ้นสุดต้องไม่ก่อนวันเริ่มงาน</translation>
    </message>
    <message>
        <source>An event of more than {days} days: check the dates.</source>
        <translation>งานยาวเกิน {days} วัน กรุณาตรวจสอบวันที่</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Walk-in: register, check in and print the badge</source>
        <translation>ลงทะเบียนหน้างาน: ลงทะเบียน ลงชื่อเข้าร่วม และพิมพ์ป้ายชื่อ</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>เพิ่มผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>แก้ไขข้อมูลผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>อาจเป็นรายชื่อซ้ำ</translation>
    </message>
    <message>
        <source>{name} ({code}) has the same name and phone. Save anyway?</source>
        <translation>{name} ({code}) มีชื่อและเบอร์โทรเดียวกัน จะบันทึกต่อหรือไม่</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Prefix</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>(no province)</source>
        <translation>(ไม่ระบุจังหวัด)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>(no issue area)</source>
        <translation>(ไม่ระบุประเด็นงาน)</translation>
    </message>
    <message>
        <source>Issue area / role</source>
        <translation>ประเด็นงาน / บทบาท</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>ประเด็นงาน</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>ช่วงกิจกรรม</translation>
    </message>
</context>
<context>
    <name>ParticipantsController</name>
    <message>
        <source>Choose one participant to edit.</source>
        <translation>เลือกผู้เข้าร่วมหนึ่งคนเพื่อแก้ไข</translation>
    </message>
    <message>
        <source>Cancel participants</source>
        <translation>ยกเลิกผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Cancel {n} participant(s): {names}. Reason:</source>
        <translation>ยกเลิกผู้เข้าร่วม {n} คน: {names} เหตุผล:</translation>
    </message>
    <message>
        <source>Select the cancelled participants to reinstate.</source>
        <translation>เลือกผู้เข้าร่วมที่ถูกยกเลิกที่จะคืนสถานะก่อน</translation>
    </message>
    <message>
        <source>Select the participants to export first.</source>
        <translation>เลือกผู้เข้าร่วมที่จะส่งออกก่อน</translation>
    </message>
    <message>
        <source>Export selection</source>
        <translation>ส่งออกผู้ที่เลือก</translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <translation>บันทึกไฟล์ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>นำเข้ารายชื่อผู้เข้าร่วม</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Filter: name, nickname, organisation or phone</source>
        <translation>กรอง: ชื่อ ชื่อเล่น องค์กร หรือเบอร์โทร</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ทุกจังหวัด</translation>
    </message>
    <message>
        <source>All issue areas</source>
        <translation>ทุกประเด็นงาน</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>ทุกบทบาท</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Checked in to the current session</source>
        <translation>ลงชื่อแล้วในช่วงปัจจุบัน</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Cancel participant</source>
        <translation>ยกเลิกผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>คืนสถานะ</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>พิมพ์ป้ายชื่อ</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>ส่งออกผู้ที่เลือก…</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>แสดง {n} คน</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Nothing to show yet: choose what to print, then Preview.</source>
        <translation>ยังไม่มีเอกสาร: เลือกสิ่งที่จะพิมพ์ แล้วกดดูตัวอย่าง</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be opened.</source>
        <translation>เปิดไฟล์ PDF ไม่ได้</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Could not print: {reason}. Save the PDF and print it from another program.</source>
        <translation>พิมพ์ไม่ได้: {reason} ให้บันทึกเป็น PDF แล้วพิมพ์จากโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>บันทึก {path} ไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Columns and problems</source>
        <translation>คอลัมน์และปัญหา</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Check again with this mapping</source>
        <translation>ตรวจอีกครั้งด้วยการจับคู่นี้</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจ…</translation>
    </message>
    <message>
        <source>{valid} ready, {bad} with problems</source>
        <translation>พร้อม {valid} มีปัญหา {bad}</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ไม่มีในไฟล์)</translation>
    </message>
</context>
<context>
    <name>PrintingView</name>
    <message>
        <source>A4, 8 badges (90 × 55 mm)</source>
        <translation>A4 หน้าละ 8 ป้าย (90 × 55 มม.)</translation>
    </message>
    <message>
        <source>A4, 10 badges</source>
        <translation>A4 หน้าละ 10 ป้าย</translation>
    </message>
    <message>
        <source>A6, one badge a page</source>
        <translation>A6 หน้าละ 1 ป้าย</translation>
    </message>
    <message>
        <source>62 mm label roll</source>
        <translation>สติกเกอร์ม้วน 62 มม.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>ป้ายชื่อ</translation>
    </message>
    <message>
        <source>All issue areas and roles</source>
        <translation>ทุกประเด็นงานและบทบาท</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>ทุกบทบาท</translation>
    </message>
    <message>
        <source>badge codes, separated by spaces</source>
        <translation>รหัสป้ายชื่อ คั่นด้วยช่องว่าง</translation>
    </message>
    <message>
        <source>&amp;Not printed yet</source>
        <translation>ยังไม่เคยพิมพ์ (&amp;N)</translation>
    </message>
    <message>
        <source>Registered &amp;today (walk-ins)</source>
        <translation>ลงทะเบียนวันนี้ (หน้างาน) (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Monochrome (thermal label printer)</source>
        <translation>ขาวดำ (เครื่องพิมพ์ฉลากความร้อน) (&amp;M)</translation>
    </message>
    <message>
        <source>Preview &amp;badges</source>
        <translation>ดูตัวอย่างป้ายชื่อ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>รูปแบบ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Issue area:</source>
        <translation>ประเด็นงาน (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;odes:</source>
        <translation>รหัส (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Group line:</source>
        <translation>บรรทัดกลุ่ม (&amp;G):</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ทุกจังหวัด</translation>
    </message>
    <message>
        <source>Sign-in sheets and summary</source>
        <translation>ใบลงทะเบียนและสรุปผล</translation>
    </message>
    <message>
        <source>Preview sign-in &amp;sheet</source>
        <translation>ดูตัวอย่างใบลงทะเบียน (&amp;S)</translation>
    </message>
    <message>
        <source>Preview attendance s&amp;ummary</source>
        <translation>ดูตัวอย่างสรุปการเข้าร่วม (&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>ช่วง (&amp;E):</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>จังหวัด:</translation>
    </message>
    <message>
        <source>Blank rows for &amp;walk-ins:</source>
        <translation>แถวว่างสำหรับผู้มาเพิ่ม (&amp;W):</translation>
    </message>
    <message>
        <source>Badge prints (reprints show here)</source>
        <translation>ประวัติการพิมพ์ป้ายชื่อ (การพิมพ์ซ้ำแสดงที่นี่)</translation>
    </message>
    <message>
        <source>Preparing badges…</source>
        <translation>กำลังเตรียมป้ายชื่อ…</translation>
    </message>
    <message>
        <source>{count} badge(s)</source>
        <translation>ป้ายชื่อ {count} ใบ</translation>
    </message>
    <message>
        <source>Preparing the sign-in sheet…</source>
        <translation>กำลังเตรียมใบลงทะเบียน…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>ใบลงทะเบียน</translation>
    </message>
    <message>
        <source>Preparing the attendance summary…</source>
        <translation>กำลังเตรียมสรุปการเข้าร่วม…</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>สรุปการเข้าร่วม</translation>
    </message>
    <message>
        <source>A4, 8 a sheet</source>
        <translation>A4 8 ต่อแผ่น</translation>
    </message>
    <message>
        <source>A4, 10 a sheet</source>
        <translation>A4 10 ต่อแผ่น</translation>
    </message>
    <message>
        <source>A6, one a page</source>
        <translation>A6 แผ่นละป้าย</translation>
    </message>
    <message>
        <source>62 mm label</source>
        <translation>ฉลาก 62 มม.</translation>
    </message>
    <message>
        <source>Provin&amp;ce:</source>
        <translation>จังหวัด (&amp;C):</translation>
    </message>
    <message>
        <source>With p&amp;hone numbers</source>
        <translation>แสดงเบอร์โทร (&amp;H)</translation>
    </message>
    <message>
        <source>Whole d&amp;ay: a signature column per session</source>
        <translation>ทั้งวัน: ช่องลงชื่อทุกรอบของวัน (&amp;A)</translation>
    </message>
    <message>
        <source>{count} badges</source>
        <translation>{count} ป้าย</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>Province {name}</source>
        <translation>จังหวัด{name}</translation>
    </message>
    <message>
        <source>{count} code(s)</source>
        <translation>{count} รหัส</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>ที่ยังไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>registered today</source>
        <translation>ลงทะเบียนวันนี้</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>ทุกคน</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Erase the names of {people} participants, {phones} phone numbers, {emails} e-mail addresses, {organisations} organisations and {scans} scanned texts? The attendance counts per session, province and issue area stay. This cannot be undone. Type {word} to go on.</source>
        <translation>ลบชื่อผู้เข้าร่วม {people} คน เบอร์โทรศัพท์ {phones} เบอร์ อีเมล {emails} รายการ องค์กร {organisations} รายการ และข้อความที่สแกน {scans} รายการ? ยอดการเข้าร่วมตามช่วง จังหวัด และประเด็นงานยังคงอยู่ ย้อนกลับไม่ได้ พิมพ์ {word} เพื่อดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>ลบข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>The personal data is erased.</source>
        <translation>ลบข้อมูลส่วนบุคคลแล้ว</translation>
    </message>
    <message>
        <source>These older copies still hold it; delete them:</source>
        <translation>สำเนาเก่าเหล่านี้ยังมีข้อมูลอยู่ ให้ลบทิ้ง:</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>เพิ่มในสีที่กำหนดเอง (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>สีพื้นฐาน (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>สีที่กำหนดเอง (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>เขียว (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>รหัสสี HTML (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>เลือกสีจากหน้าจอ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>แดง (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>ความอิ่มตัว (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>ความสว่าง (&amp;V):</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>ความทึบ (&amp;L):</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>น้ำเงิน (&amp;U):</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>เคอร์เซอร์อยู่ที่ %1, %2
กด ESC เพื่อยกเลิก</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>เฉดสี (&amp;E):</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>เลือกสี</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบโฟลเดอร์
โปรดตรวจสอบชื่อโฟลเดอร์</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบชื่อไฟล์</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>มี %1 อยู่แล้ว
ต้องการเขียนทับหรือไม่?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ดูใน (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; ห้ามเขียน
ต้องการลบหรือไม่?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ต้องการลบ &apos;%1&apos; ใช่หรือไม่?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>แสดงแบบรายละเอียด</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>แสดงแบบรายการ</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ลบโฟลเดอร์ไม่ได้</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์ (&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ชนิดไฟล์ (&amp;T):</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>หาโฟลเดอร์</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ไปโฟลเดอร์แม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>รายการที่ตั้งและที่คั่นไว้</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์แม่</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ที่ที่ใช้ล่าสุด</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อน (&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบข้าง</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>สูง:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>นิ้ว (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>ระยะขอบ</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>มิลลิเมตร (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>การวางแนว</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>ลำดับหน้า (&amp;O):</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>การจัดหน้า</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>ขนาดกระดาษ:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>จำนวนหน้าต่อแผ่น (&amp;P):</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>ถาดกระดาษ:</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>พอยต์ (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>แนวนอนกลับด้าน</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>แนวตั้งกลับด้าน</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>กว้าง:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ขอบล่าง</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ขอบซ้าย</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ขอบขวา</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ขอบบน</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>มี %1 อยู่แล้ว
ต้องการเขียนทับหรือไม่?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 เป็นโฟลเดอร์
โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>ตัวเลือก (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>ตัวเลือก (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>พิมพ์ (&amp;P)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>ทุกหน้า</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>การตั้งค่าพิมพ์สองหน้าขัดกัน</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>หน้าคู่</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>เขียนไฟล์ %1 ไม่ได้
โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>ระบุหน้าไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>ไฟล์ในเครื่อง</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>หน้าคี่</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>พิมพ์ลงไฟล์…</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>พิมพ์ลงไฟล์ (PDF)</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>ค่า &apos;จาก&apos; ต้องไม่มากกว่าค่า &apos;ถึง&apos;</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>การตั้งค่าพิมพ์สองหน้าขัดกัน ต้องการแก้ไขหรือไม่?</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>เขียนไฟล์ PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>ตัวเลือกงานพิมพ์</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>คุณสมบัติเครื่องพิมพ์</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>ขั้นสูง</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>เรียงชุด</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>โหมดสี</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>จำนวนชุด</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>จำนวนชุด:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>หน้าปัจจุบัน</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>พิมพ์สองหน้า</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>ขาวดำ</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>เย็บด้านยาว</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>การตั้งค่างานพิมพ์</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>ชุดหน้า (&amp;S):</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>หน้าจาก</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>พิมพ์ทั้งหมด</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>ช่วงที่พิมพ์</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>ย้อนลำดับ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>ที่เลือก</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>เย็บด้านสั้น</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>ระบุหน้าหรือช่วงหน้าคั่นด้วยจุลภาค ช่วงหน้าเขียนเป็นเลขสองตัวคั่นด้วยขีด เช่น 3,5-7,9 พิมพ์หน้า 3, 5, 6, 7 และ 9</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>ที่ตั้ง:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>ไฟล์ผลลัพธ์ (&amp;F):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>คุณสมบัติ (&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ชนิด:</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>เสร็จสิ้น (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>ช่วงกิจกรรม</translation>
    </message>
    <message>
        <source>undone: {reason}</source>
        <translation>เลิกทำแล้ว: {reason}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Ready: scan a badge or type a name</source>
        <translation>พร้อม: สแกนป้ายชื่อหรือพิมพ์ชื่อ</translation>
    </message>
    <message>
        <source>Checked in here — not yet confirmed by the server</source>
        <translation>ลงทะเบียนที่โต๊ะนี้แล้ว — เซิร์ฟเวอร์ยังไม่ยืนยัน</translation>
    </message>
    <message>
        <source>{title} (this desk&apos;s copy — server out of reach)</source>
        <translation>{title} (ข้อมูลของโต๊ะนี้ — ติดต่อเซิร์ฟเวอร์ไม่ได้)</translation>
    </message>
</context>
<context>
    <name>RosterBox</name>
    <message>
        <source>Roster</source>
        <translation>รายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>ตามจังหวัด</translation>
    </message>
    <message>
        <source>By issue area</source>
        <translation>ตามประเด็นงาน</translation>
    </message>
    <message>
        <source>By province cluster</source>
        <translation>ตามกลุ่มจังหวัด</translation>
    </message>
    <message>
        <source>By group of this set</source>
        <translation>ตามกลุ่มของชุดนี้</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>A page per group</source>
        <translation>แยกหน้าตามกลุ่ม</translation>
    </message>
    <message>
        <source>Save roster…</source>
        <translation>บันทึกรายชื่อ…</translation>
    </message>
    <message>
        <source>Save roster</source>
        <translation>บันทึกรายชื่อ</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>เอกสาร PDF (*.pdf);;สมุดงาน Excel (*.xlsx);;ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the roster…</source>
        <translation>กำลังสร้างรายชื่อผู้เข้าร่วม…</translation>
    </message>
    <message>
        <source>Cancelled: no roster was written.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้บันทึกรายชื่อผู้เข้าร่วม</translation>
    </message>
</context>
<context>
    <name>SessionHiding</name>
    <message>
        <source>&amp;Hide…</source>
        <translation>ซ่อน (&amp;H)…</translation>
    </message>
    <message>
        <source>Sho&amp;w again</source>
        <translation>แสดงอีกครั้ง (&amp;W)</translation>
    </message>
    <message>
        <source>Hidden since {when} by {desk}: {reason}. Its check-ins still count in the exports, the report and the certificates.</source>
        <translation>ซ่อนไว้ตั้งแต่ {when} โดย {desk}: {reason} การลงทะเบียนของช่วงนี้ยังนับในไฟล์ส่งออก รายงาน และเกียรติบัตร</translation>
    </message>
    <message>
        <source>Session hidden: the desk and the printing tab no longer offer it.</source>
        <translation>ซ่อนช่วงแล้ว: โต๊ะลงทะเบียนและแท็บพิมพ์จะไม่แสดงช่วงนี้ให้เลือกอีก</translation>
    </message>
    <message>
        <source>Session shown again: the desk and the printing tab offer it now.</source>
        <translation>แสดงช่วงอีกครั้งแล้ว: โต๊ะลงทะเบียนและแท็บพิมพ์เลือกช่วงนี้ได้แล้ว</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>&amp;Embedded database on this computer</source>
        <translation>ฐานข้อมูลในเครื่องนี้ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Shared server (several desks)</source>
        <translation>เซิร์ฟเวอร์กลางที่ใช้ร่วมกันหลายจุด (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เรียกดู (&amp;B)…</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>กู้คืนรายการที่เลือก (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation>ชื่อจุดลงทะเบียน (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>ฐานข้อมูล:</translation>
    </message>
    <message>
        <source>This window uses {database}, chosen when it was started (--database or REGISTRATION_DATABASE). The choice here is used when the program starts without them.</source>
        <translation>หน้าต่างนี้ใช้ {database} ซึ่งเลือกไว้ตอนเปิดโปรแกรม (--database หรือ REGISTRATION_DATABASE) ค่าที่เลือกที่นี่จะใช้เมื่อเปิดโปรแกรมโดยไม่ระบุค่าเหล่านั้น</translation>
    </message>
    <message>
        <source>Ser&amp;ver URL:</source>
        <translation>URL ของเซิร์ฟเวอร์ (&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Walk-in badges:</source>
        <translation>ป้ายชื่อผู้ลงทะเบียนหน้างาน (&amp;W):</translation>
    </message>
    <message>
        <source>Backups &amp;folder:</source>
        <translation>โฟลเดอร์สำรองข้อมูล (&amp;F):</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>ข้อมูลสำรอง:</translation>
    </message>
    <message>
        <source>Give this desk a name.</source>
        <translation>ตั้งชื่อให้จุดลงทะเบียนนี้</translation>
    </message>
    <message>
        <source>A server URL looks like {example}.</source>
        <translation>URL ของเซิร์ฟเวอร์มีรูปแบบเช่น {example}</translation>
    </message>
    <message>
        <source>Connected: the database is ready.</source>
        <translation>เชื่อมต่อแล้ว: ฐานข้อมูลพร้อมใช้งาน</translation>
    </message>
    <message>
        <source>Connected: the program will set up the empty database.</source>
        <translation>เชื่อมต่อแล้ว: โปรแกรมจะเตรียมฐานข้อมูลว่างนี้ให้</translation>
    </message>
    <message>
        <source>Connected: the database will be upgraded (a backup first).</source>
        <translation>เชื่อมต่อแล้ว: โปรแกรมจะปรับรุ่นฐานข้อมูล (สำรองข้อมูลไว้ก่อน)</translation>
    </message>
    <message>
        <source>Cannot reach the server: {detail}</source>
        <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>This kind of database needs a driver: {detail}</source>
        <translation>ฐานข้อมูลชนิดนี้ต้องมีไดรเวอร์: {detail}</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>โฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
        <source>{backup} — checking…</source>
        <translation>{backup} — กำลังตรวจ…</translation>
    </message>
    <message>
        <source>{backup} — checked, sound</source>
        <translation>{backup} — ตรวจแล้ว ใช้ได้</translation>
    </message>
    <message>
        <source>{backup} — damaged</source>
        <translation>{backup} — เสียหาย</translation>
    </message>
    <message>
        <source>{backup} — not a backup of this program</source>
        <translation>{backup} — ไม่ใช่สำเนาสำรองของโปรแกรมนี้</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {when}? What is in the database now is backed up first.</source>
        <translation>แทนที่ฐานข้อมูลด้วยข้อมูลสำรองของ {when} หรือไม่ โปรแกรมจะสำรองข้อมูลที่มีอยู่ตอนนี้ไว้ก่อน</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Backup failed: {why}</source>
        <translation>สำรองข้อมูลไม่สำเร็จ: {why}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Saved. Restart the program to use them.</source>
        <translation>บันทึกแล้ว ปิดแล้วเปิดโปรแกรมใหม่เพื่อใช้การตั้งค่านี้</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Restored. What was there before is kept in {path}. The program closes now; start it again.</source>
        <translation>กู้คืนแล้ว ข้อมูลเดิมเก็บไว้ที่ {path} โปรแกรมจะปิดตอนนี้ ให้เปิดใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>สำรองข้อมูลไว้ที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>WalkIns</name>
    <message>
        <source>Walk-in</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>นำเข้ารายชื่อผู้เข้าร่วม…</translation>
    </message>
    <message>
        <source>Export attendance…</source>
        <translation>ส่งออกข้อมูลการเข้าร่วม…</translation>
    </message>
    <message>
        <source>Desk name…</source>
        <translation>ชื่อจุดลงทะเบียน…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>สำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>ลบข้อมูลส่วนบุคคล…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>จุดลงทะเบียน (&amp;D)</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>ช่องสแกน</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>ลงทะเบียนหน้างาน…</translation>
    </message>
    <message>
        <source>Undo last check-in…</source>
        <translation>เลิกทำการลงชื่อล่าสุด…</translation>
    </message>
    <message>
        <source>Undo selected check-in…</source>
        <translation>เลิกทำการลงชื่อที่เลือก…</translation>
    </message>
    <message>
        <source>Choose session</source>
        <translation>เลือกช่วง</translation>
    </message>
    <message>
        <source>Camera on/off</source>
        <translation>เปิด/ปิดกล้อง</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>ผู้เข้าร่วม (&amp;P)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Cancel participant…</source>
        <translation>ยกเลิกผู้เข้าร่วม…</translation>
    </message>
    <message>
        <source>Reinstate participant</source>
        <translation>คืนสถานะผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Print badges of selection</source>
        <translation>พิมพ์ป้ายชื่อผู้ที่เลือก</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>ส่งออกผู้ที่เลือก…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>กรอง</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>จุดลงทะเบียน</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Desk name</source>
        <translation>ชื่อจุดลงทะเบียน</translation>
    </message>
    <message>
        <source>Name of this desk (shown on every check-in it makes):</source>
        <translation>ชื่อของจุดลงทะเบียนนี้ (แสดงในทุกการลงชื่อที่ทำจากจุดนี้):</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>ระบบลงทะเบียน</translation>
    </message>
    <message>
        <source>The backup is restored. The damaged database, with what was recorded after the backup, is kept as {path}.</source>
        <translation>กู้คืนข้อมูลสำรองแล้ว ฐานข้อมูลที่เสียหายพร้อมข้อมูลที่บันทึกหลังการสำรองเก็บไว้ที่ {path}</translation>
    </message>
    <message>
        <source>The database server {server} does not answer, so the program cannot start.

What to do: check that the server computer is switched on and that this desk is on the same network (cable or Wi-Fi), then start the program again. If the server stays away, ask the person in charge of it; to check people in on this computer alone meanwhile, start it with a local database file (registration --database registration.sqlite).

Detail: {detail}</source>
        <translation>เซิร์ฟเวอร์ฐานข้อมูล {server} ไม่ตอบ โปรแกรมจึงเริ่มทำงานไม่ได้

สิ่งที่ควรทำ: ตรวจดูว่าเครื่องเซิร์ฟเวอร์เปิดอยู่ และโต๊ะนี้อยู่ในเครือข่ายเดียวกัน (สาย LAN หรือ Wi-Fi) แล้วเปิดโปรแกรมใหม่ ถ้าเซิร์ฟเวอร์ยังไม่กลับมา ให้แจ้งผู้ดูแลเซิร์ฟเวอร์ ระหว่างนี้ถ้าจะลงชื่อด้วยเครื่องนี้เครื่องเดียว ให้เปิดโปรแกรมด้วยไฟล์ฐานข้อมูลในเครื่อง (registration --database registration.sqlite)

รายละเอียด: {detail}</translation>
    </message>
    <message>
        <source>The check-ins this desk saved while the server was away are kept on this computer and are sent when the server answers again.</source>
        <translation>การลงชื่อที่โต๊ะนี้เก็บไว้ระหว่างที่เซิร์ฟเวอร์ไม่ตอบยังอยู่ในเครื่องนี้ และจะส่งเมื่อเซิร์ฟเวอร์ตอบอีกครั้ง</translation>
    </message>
    <message>
        <source>This desk&apos;s own copy was made from another server, {copy} (event “{event}”), so it is not opened as a copy of {server}. What to do: if this desk belongs to {copy}, start the program with that server&apos;s address (Settings, or registration --database); otherwise start it again when {server} answers. Nothing was lost: the copy and any check-ins waiting in it stay on this computer.</source>
        <translation>สำเนาข้อมูลของโต๊ะนี้ทำมาจากเซิร์ฟเวอร์อื่น คือ {copy} (งาน “{event}”) จึงไม่เปิดใช้เป็นสำเนาของ {server} สิ่งที่ต้องทำ: ถ้าโต๊ะนี้ใช้กับ {copy} ให้เปิดโปรแกรมด้วยที่อยู่ของเซิร์ฟเวอร์นั้น (ในการตั้งค่า หรือ registration --database) ถ้าไม่ใช่ ให้เปิดโปรแกรมอีกครั้งเมื่อ {server} ตอบ ไม่มีข้อมูลสูญหาย: สำเนาและการลงชื่อที่รอส่งยังเก็บอยู่ในเครื่องนี้</translation>
    </message>
    <message>
        <source>This desk&apos;s copy of another server was kept as {file}; nothing in it was sent to this server.</source>
        <translation>สำเนาของเซิร์ฟเวอร์อื่นในโต๊ะนี้เก็บไว้เป็นไฟล์ {file} ไม่มีรายการใดในนั้นถูกส่งมายังเซิร์ฟเวอร์นี้</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>camera decoding unavailable: {module} is missing</source>
        <translation>อ่านภาพจากกล้องไม่ได้: ไม่มี {module}</translation>
    </message>
    <message>
        <source>no camera found</source>
        <translation>ไม่พบกล้อง</translation>
    </message>
</context>
<context>
    <name>date_reading</name>
    <message>
        <source>C.E.</source>
        <translation>ค.ศ.</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>The group set needs a name.</source>
        <translation>ชุดกลุ่มย่อยต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The number of groups must be between 1 and {maximum}.</source>
        <translation>จำนวนกลุ่มต้องอยู่ระหว่าง 1 ถึง {maximum}</translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation>กลุ่มต้องมีชื่อ</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>ไม่มีกลุ่มนี้แล้ว</translation>
    </message>
    <message>
        <source>That group set no longer exists.</source>
        <translation>ไม่มีชุดกลุ่มย่อยนี้แล้ว</translation>
    </message>
    <message>
        <source>The group set has no groups.</source>
        <translation>ชุดกลุ่มย่อยนี้ยังไม่มีกลุ่ม</translation>
    </message>
    <message>
        <source>There is no assignment of this set to undo.</source>
        <translation>ไม่มีการแบ่งกลุ่มของชุดนี้ให้ยกเลิก</translation>
    </message>
    <message>
        <source>Not put back: this person was moved again since (perhaps at another desk).</source>
        <translation>ไม่ได้ย้ายกลับ: คนนี้ถูกย้ายอีกครั้งหลังจากนั้นแล้ว (อาจจากจุดลงทะเบียนอื่น)</translation>
    </message>
    <message>
        <source>This registration is cancelled; reinstate it first.</source>
        <translation>การลงทะเบียนนี้ถูกยกเลิกแล้ว ให้คืนสถานะก่อน</translation>
    </message>
    <message>
        <source>A cluster name is at most {maximum} characters.</source>
        <translation>ชื่อกลุ่มจังหวัดยาวได้ไม่เกิน {maximum} ตัวอักษร</translation>
    </message>
    <message>
        <source>Choose or create a group set first.</source>
        <translation>เลือกหรือสร้างชุดกลุ่มย่อยก่อน</translation>
    </message>
    <message>
        <source>Nobody to list: the document would be empty.</source>
        <translation>ไม่มีรายชื่อให้พิมพ์ เอกสารจะว่างเปล่า</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: choose another place.</source>
        <translation>บันทึกไฟล์ {path} ไม่ได้ เลือกที่บันทึกอื่น</translation>
    </message>
    <message>
        <source>The folder {path} is not there any more (removed, or a USB stick pulled out): choose another place. Nothing was written.</source>
        <translation>ไม่มีโฟลเดอร์ {path} แล้ว (ถูกลบ หรือถอดแฟลชไดรฟ์ออก) เลือกที่บันทึกอื่น ยังไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>{path} is a folder: give the file a name.</source>
        <translation>{path} เป็นโฟลเดอร์ ให้ตั้งชื่อไฟล์ด้วย</translation>
    </message>
    <message>
        <source>This program may not write in the folder {path}: choose another place.</source>
        <translation>โปรแกรมไม่มีสิทธิ์เขียนในโฟลเดอร์ {path} เลือกที่บันทึกอื่น</translation>
    </message>
    <message>
        <source>Writing the file failed (is the disk full, or the file open in another program?). A file of that name was left as it was.</source>
        <translation>บันทึกไฟล์ไม่สำเร็จ (ดิสก์เต็ม หรือไฟล์เปิดอยู่ในโปรแกรมอื่น?) ไฟล์ชื่อเดิมยังอยู่เหมือนเดิม</translation>
    </message>
    <message>
        <source>The file&apos;s name must end in .pdf, .xlsx or .csv.</source>
        <translation>ชื่อไฟล์ต้องลงท้ายด้วย .pdf, .xlsx หรือ .csv</translation>
    </message>
    <message>
        <source>The image {path} does not exist.</source>
        <translation>ไม่พบไฟล์ภาพ {path}</translation>
    </message>
    <message>
        <source>The image {path} is not a PNG or JPEG file.</source>
        <translation>ไฟล์ภาพ {path} ไม่ใช่ PNG หรือ JPEG</translation>
    </message>
    <message>
        <source>The image {path} is too large: use one under 5 MB and 40 megapixels.</source>
        <translation>ไฟล์ภาพ {path} ใหญ่เกินไป: ใช้ภาพที่เล็กกว่า 5 MB และ 40 ล้านพิกเซล</translation>
    </message>
    <message>
        <source>The image {path} is damaged and cannot be read.</source>
        <translation>ไฟล์ภาพ {path} เสียหาย อ่านไม่ได้</translation>
    </message>
    <message>
        <source>A certificate has one or two signatories.</source>
        <translation>เกียรติบัตรมีผู้ลงนามได้หนึ่งหรือสองคน</translation>
    </message>
    <message>
        <source>Nobody can meet this rule: check the day or the number of sessions.</source>
        <translation>ไม่มีใครเข้าเงื่อนไขนี้ได้: ตรวจวันหรือจำนวนช่วงอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>hooks</name>
    <message>
        <source>Badges</source>
        <translation>ป้ายชื่อ</translation>
    </message>
    <message>
        <source>Printing is not available in this version.</source>
        <translation>โปรแกรมรุ่นนี้ยังไม่รองรับการพิมพ์</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Checked in</source>
        <translation>ลงชื่อเข้าร่วมแล้ว</translation>
    </message>
    <message>
        <source>Already checked in at {time} by {desk}</source>
        <translation>ลงชื่อไปแล้วเมื่อ {time} ที่ {desk}</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>ไม่พบรหัสนี้</translation>
    </message>
    <message>
        <source>Mistyped code: scan again or search the name</source>
        <translation>รหัสผิด: สแกนใหม่หรือค้นหาชื่อ</translation>
    </message>
    <message>
        <source>Not a badge code</source>
        <translation>ไม่ใช่รหัสป้ายชื่อ</translation>
    </message>
    <message>
        <source>Cancelled participant</source>
        <translation>ผู้เข้าร่วมคนนี้ถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>No such session</source>
        <translation>ไม่มีช่วงนี้</translation>
    </message>
    <message>
        <source>Give a reason for undoing the check-in.</source>
        <translation>โปรดระบุเหตุผลที่เลิกทำการลงชื่อ</translation>
    </message>
    <message>
        <source>This check-in was already undone.</source>
        <translation>การลงชื่อนี้ถูกเลิกทำไปแล้ว</translation>
    </message>
    <message>
        <source>That check-in no longer exists.</source>
        <translation>ไม่มีการลงชื่อนี้แล้ว</translation>
    </message>
    <message>
        <source>The first name is missing.</source>
        <translation>ยังไม่ได้กรอกชื่อ</translation>
    </message>
    <message>
        <source>Not a Thai phone number (e.g. 081-234-5678).</source>
        <translation>ไม่ใช่เบอร์โทรไทย (เช่น 081-234-5678)</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>This participant is already cancelled.</source>
        <translation>ผู้เข้าร่วมคนนี้ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <source>This participant is not cancelled.</source>
        <translation>ผู้เข้าร่วมคนนี้ไม่ได้ถูกยกเลิก</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>ยาวเกินไป</translation>
    </message>
    <message>
        <source>The database is busy with another desk; try again.</source>
        <translation>ฐานข้อมูลกำลังทำงานให้จุดอื่นอยู่ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The disk is full or failing.</source>
        <translation>ดิสก์เต็มหรือเสีย</translation>
    </message>
    <message>
        <source>The database cannot be reached.</source>
        <translation>ติดต่อฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>The server does not answer in time (busy or hung).</source>
        <translation>เซิร์ฟเวอร์ไม่ตอบภายในเวลา (ทำงานหนักหรือค้าง)</translation>
    </message>
    <message>
        <source>There is no session to check in to.</source>
        <translation>ยังไม่มีช่วงให้ลงชื่อเข้าร่วม</translation>
    </message>
    <message>
        <source>The database is read-only here: you can look and print, not change anything.</source>
        <translation>ฐานข้อมูลนี้อ่านได้อย่างเดียว: ดูและพิมพ์ได้ แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>The database is damaged: nothing more is saved to it. Restore the newest good backup (Settings).</source>
        <translation>ฐานข้อมูลเสียหาย: จะไม่มีการบันทึกลงไปอีก ให้กู้คืนจากสำเนาสำรองที่ดีล่าสุด (การตั้งค่า)</translation>
    </message>
    <message>
        <source>That file is not a backup of this program.</source>
        <translation>ไฟล์นี้ไม่ใช่สำเนาสำรองของโปรแกรมนี้</translation>
    </message>
    <message>
        <source>That backup is damaged and cannot be restored; choose an older one.</source>
        <translation>สำเนาสำรองนี้เสียหาย กู้คืนไม่ได้ ให้เลือกสำเนาที่เก่ากว่า</translation>
    </message>
    <message>
        <source>The backup could not be restored; the database was not changed.</source>
        <translation>กู้คืนสำเนาสำรองไม่สำเร็จ ฐานข้อมูลไม่ได้ถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>This computer has no keyring for the server password: take it out of the URL and put it in ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัสผ่าน (keyring) สำหรับรหัสผ่านเซิร์ฟเวอร์: เอารหัสผ่านออกจาก URL แล้วใส่ใน ~/.pgpass หรือตัวแปร PGPASSWORD แทน</translation>
    </message>
    <message>
        <source>There is no such event.</source>
        <translation>ไม่มีงานนี้</translation>
    </message>
    <message>
        <source>The backup could not be taken: the disk may be full or the backups folder not writable.</source>
        <translation>สำรองข้อมูลไม่สำเร็จ: ดิสก์อาจเต็ม หรือเขียนลงโฟลเดอร์สำรองข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>A server database is backed up on the server (pg_dump).</source>
        <translation>ฐานข้อมูลบนเซิร์ฟเวอร์ต้องสำรองที่เซิร์ฟเวอร์ (pg_dump)</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <source>Provincial strategy</source>
        <translation>ยุทธศาสตร์จังหวัด</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>กองเลขา</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>แขกรับเชิญ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนล่วงหน้า</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>No participants match the selection: no badges.</source>
        <translation>ไม่มีผู้เข้าร่วมตามที่เลือก จึงไม่มีป้ายให้พิมพ์</translation>
    </message>
    <message>
        <source>This needs the server, which cannot be reached: this desk works offline since {time}. Nothing was lost: check-ins are kept on this desk and sent when the server is back. Try again when the status bar says Online.</source>
        <translation>งานนี้ต้องใช้เซิร์ฟเวอร์ ซึ่งขณะนี้ติดต่อไม่ได้: โต๊ะนี้ทำงานแบบออฟไลน์ตั้งแต่ {time} ไม่มีข้อมูลสูญหาย: การลงชื่อเก็บไว้ที่โต๊ะนี้และจะส่งเมื่อเซิร์ฟเวอร์กลับมา ลองอีกครั้งเมื่อแถบสถานะขึ้นว่าออนไลน์</translation>
    </message>
    <message>
        <source>The server cannot be reached: this is this desk&apos;s copy as of {time}; it may miss what other desks did since.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้: นี่คือสำเนาของโต๊ะนี้ ณ เวลา {time} อาจยังไม่มีสิ่งที่โต๊ะอื่นทำหลังจากนั้น</translation>
    </message>
</context>
<context>
    <name>run_with_progress</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>start_dialog</name>
    <message>
        <source>Registration</source>
        <translation>ระบบลงทะเบียน</translation>
    </message>
    <message>
        <source>This database has no event yet. Load the demo event (136 fictional participants) or create a new event?</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีงาน จะโหลดงานตัวอย่าง (ผู้เข้าร่วมสมมติ 136 คน) หรือสร้างงานใหม่</translation>
    </message>
    <message>
        <source>Load the demo event</source>
        <translation>โหลดงานตัวอย่าง</translation>
    </message>
    <message>
        <source>Create an event…</source>
        <translation>สร้างงานใหม่…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
</context>
<context>
    <name>table_cards</name>
    <message>
        <source>Save table name cards</source>
        <translation>บันทึกป้ายชื่อตั้งโต๊ะ</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing table name cards…</source>
        <translation>กำลังสร้างป้ายชื่อตั้งโต๊ะ…</translation>
    </message>
</context>
<context>
    <name>undo_question</name>
    <message>
        <source>Undo assignment</source>
        <translation>ยกเลิกการแบ่งกลุ่ม</translation>
    </message>
    <message>
        <source>Undo the last automatic assignment of “{set}”?

The {people} people now in its groups go back to where they were before it (or to no group); {moved} of them were moved by hand. This cannot be redone.</source>
        <translation>ยกเลิกการแบ่งกลุ่มอัตโนมัติครั้งล่าสุดของ “{set}” หรือไม่

ผู้ที่อยู่ในกลุ่มตอนนี้ {people} คนจะกลับไปอยู่ที่เดิมก่อนการแบ่งครั้งนั้น (หรือไม่มีกลุ่ม) ในจำนวนนี้มีคนที่ย้ายเอง {moved} คน ทำกลับคืนไม่ได้</translation>
    </message>
    <message>
        <source>Keep the groups</source>
        <translation>คงกลุ่มไว้ตามเดิม</translation>
    </message>
</context>
<context>
    <name>walk_in</name>
    <message>
        <source>Label 100 × 62 mm</source>
        <translation>ฉลาก 100 × 62 มม.</translation>
    </message>
    <message>
        <source>A6 card</source>
        <translation>บัตร A6</translation>
    </message>
    <message>
        <source>A4 sheet of 8</source>
        <translation>กระดาษ A4 แผ่นละ 8 ป้าย</translation>
    </message>
</context>
</TS>
