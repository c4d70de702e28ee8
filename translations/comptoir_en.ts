<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BarcodeRules</name>
    <message>
        <source>The pattern %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceConfig</name>
    <message>
        <source>a library outside the network (ISIL %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkConfigPage</name>
    <message>
        <source>Library system&apos;s REST address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST login or OAuth2 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connection allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP2 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP2 port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP2 institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP2 error detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How patron names show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days patron data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips printed by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt at pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones and shelves of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the libraries by ISIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s ISIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID security value at checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID security value at check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>When will the patron come?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullList</name>
    <message>
        <source>Cannot read the pick list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of the pick list is damaged in the cache: synchronise again to rebuild it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library system has no library &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used (SIP2 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, queue file with %n line(s)</source>
        <translation>
            <numerusform>%1, queue file with %n line</numerusform>
            <numerusform>%1, queue file with %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the queue file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no barcode column (expected a header such as &quot;barcode&quot; or &quot;code-barres&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable barcode &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item or record number is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %L1 MB: it is not a pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %L1: more than %L2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %L1: more than %L2 lines or %L3 cells: it is not a pick list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawPrinter</name>
    <message>
        <source>The receipt printer did not take the slip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no printer address is set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanEvent</name>
    <message>
        <source>scan field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID pad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelfLayout</name>
    <message>
        <source>The shelf layout is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location %1 is in two zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipMarkup</name>
    <message>
        <source>%1 cannot be printed as a barcode or QR code: printed as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Unknown field {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section {{#%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/%1}} closes no open section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {{#%1}} is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{ without }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is longer than %L1 characters: the rest is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot save the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is true or false, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily queue report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir — daily queue report of %1, taken %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily queue report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1 placed, %2 captured, %3 filled, %4 cancelled, %5 expired; %6 pending, of which %7 over 48 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect orders, to prepare: %1; ready: %2; collected: %3; cancelled or expired: %4; made ready today: %5 (median %6 h).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::CapturePage</name>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan what was pulled or returned: the library system says where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional: set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reprint the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view the slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓: choose a row · Enter: preview its slip · Ctrl+P: reprint it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ClickCollectPage</name>
    <message>
        <source>Set &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag &amp;label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment for bag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to gather (0/%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gathering %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect — bag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order (↑ ↓ with an empty scan field, or scan its bag label) to see its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag %1 is not known here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order of this site has this number: check the label, or refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the hold shelf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to gather</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ordered on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Ordered on %1 (%n day ago)</numerusform>
            <numerusform>Ordered on %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>To collect by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln ready</numerusform>
            <numerusform>%Ln ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ConnectionDialog</name>
    <message>
        <source>Checksums and sequence numbers (error detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the library system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client (id and secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CENTRE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koha REST API (queues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP2 (check-in, checkout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution (AO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library (site code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers, credentials accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only without a REST address: the ILS&apos;s CSV export of its pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue file (SIP2 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an unencrypted connection (http://) to this library system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login and password were taken out of the address: the password is kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connection: passwords and patron data cross the network in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the network&apos;s configuration; IT changes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ConnectionState</name>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library system unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::CratesPage</name>
    <message>
        <source>&amp;Seal and print the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle crates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in transit go into their destination&apos;s crate at capture. Scan a crate label to receive a crate; scan an item here to take it out of its open crate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed: waiting for the shuttle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation>
            <numerusform>%n extra</numerusform>
            <numerusform>%n extra</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 — %n item(s)</source>
        <translation>
            <numerusform>Crate for %1 — %n item</numerusform>
            <numerusform>Crate for %1 — %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Crate from %1, sealed %2: %3 / %4 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 — %n item(s): stick its label on it.</source>
        <translation>
            <numerusform>Crate for %1 — %n item: stick its label on it.</numerusform>
            <numerusform>Crate for %1 — %n items: stick its label on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Crate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box is now the crate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box holds no crate: choose an open crate, then scan the box again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate label refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate label: part %1 of %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan each item: %n expected.</source>
        <translation>
            <numerusform>Scan each item: %n expected.</numerusform>
            <numerusform>Scan each item: %n expected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this crate&apos;s manifest: kept as an extra item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a crate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of the crate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive &amp;all without scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle &amp;departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the whole crate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Receive the %n item(s) not scanned from %1 as if each had been scanned? They are checked in now; nobody has looked at them. Do this only for a crate you trust.</source>
        <translation>
            <numerusform>Receive the %n item not scanned from %1 as if it had been scanned? It is checked in now; nobody has looked at it. Do this only for a crate you trust.</numerusform>
            <numerusform>Receive the %n items not scanned from %1 as if each had been scanned? They are checked in now; nobody has looked at them. Do this only for a crate you trust.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receive the %n item(s)</source>
        <translation>
            <numerusform>Receive the %n item</numerusform>
            <numerusform>Receive the %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received without scanning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this crate are also listed by the crate %1 from %2 (first: %3): each is received once, in the crate it is found in.</source>
        <translation>
            <numerusform>%n item of this crate is also listed by the crate %1 from %2 (%3): it is received once, in the crate it is found in.</numerusform>
            <numerusform>%n items of this crate are also listed by the crate %1 from %2 (first: %3): each is received once, in the crate it is found in.</numerusform>
        </translation>
    </message>
    <message>
        <source>This crate was received already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate received without scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) received without scanning, checked in now</source>
        <translation>
            <numerusform>%n item received without scanning, checked in now</numerusform>
            <numerusform>%n items received without scanning, checked in now</numerusform>
        </translation>
    </message>
    <message>
        <source>Crate receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s) for the shuttle</source>
        <translation>
            <numerusform>%n crate for the shuttle</numerusform>
            <numerusform>%n crates for the shuttle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received from %1 in the crate %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(without scanning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of the crate for %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the open crate for %1 (%2) since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the crate for %1 (%2), sealed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left with the shuttle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store cannot be reached: only this desk&apos;s crates and items are shown. Crates work as usual; they are shared again when the store is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1, opened at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (put in at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(opened at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not put in the crate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the other desks&apos; crates from the network store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the other desks&apos; items from the network store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the network store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crate was not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already being put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is being put into the crate: wait for its verdict, then scan it again to take it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Database</name>
    <message>
        <source>The %1 file %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 was written by a newer version of Comptoir (%3). Install that version or a later one; this version will not change the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Comptoir %2 file; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 could not be read or written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1; this version knows up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging could not be enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injected fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::DeliveryPage</name>
    <message>
        <source>Round (Alt+R):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel scanned back (Alt+O):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address / barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓: choose an order or a document · scan a parcel label to record how it came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(being prepared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(address erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deliverable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1: call the patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 gathered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parcels, %2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(copy not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to gather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ in parcel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders · %2 documents, %3 gathered · %4 parcels · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ordered %2 — round of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order: its address, phone and notes show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parcels under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders split: %2 paid parcels, tell the patrons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders over the limit: call the patrons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document you weighed (↑ ↓), then Alt+W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this copy; its order&apos;s parcels are planned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight from the scale, in grams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the order whose labels to print (↑ ↓).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the parcels first (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parcel labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round cannot be checked out without the library system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parcels, %2 documents checked out to their patrons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offline: sent when the connection returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round of %1 dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcels in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: %1 parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels brought back need the library system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::DeliverySettingsPage</name>
    <message>
        <source>the ILS&apos;s library id, e.g. LIVRAISON; empty: no home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated; empty with no postal codes: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towns delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal codes delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated; empty: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron categories delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders close at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one date a line, e.g. 2026-12-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also post the fee to the patron&apos;s account in the ILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILS debit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel weight limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into several paid parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on the hold shelf for the patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing file encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses kept after the billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book without page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paperback&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hardback&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DVD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed days: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one delivery day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ILS debit type the fee is posted with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Desk</name>
    <message>
        <source>Network configuration imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store is not connected: zones cannot be split now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the zones from the network store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::DeviceHub</name>
    <message>
        <source>Unreadable scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner on %1 unplugged: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag on the pad cannot be read (%1). Scan the item&apos;s barcode instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID pad ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socat is not installed: no simulated devices (apt install socat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated devices could not start (socat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated devices could not open their ports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::DeviceTwinsWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training only: a barcode scanner and an RFID pad simulated on this computer. They speak the real protocols over pseudo-terminals, as real devices would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial barcode scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barcode, e.g. 31042000000019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag data model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box of 3, part 2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another library&apos;s item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the pad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  part %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  AFI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming shuttle crates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the label of this crate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n item(s)</source>
        <translation>
            <numerusform>From %1: %n item</numerusform>
            <numerusform>From %1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>(one item missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one extra item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the crate from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::DevicesPage</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle crate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luhn (mod 10, 2-1-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights 3-1 (mod 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN-13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN-10 (mod 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial barcode scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop bits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (e.g. \x02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a pause ends each code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause ending a code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Codabar start and stop characters (A–D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB scanners acting as a keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise them by their speed, whatever has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest gap between two keys of a scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEIG (ISO host mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3M 810</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security at checkout (AFI, hex):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security at check-in (AFI, hex):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library&apos;s ISIL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each kind of code looks like (a regular expression) and its check digit. A wrong check digit only warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last bytes and frames exchanged with the device under test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — wrong check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — check digit right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the scanner&apos;s port first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan something now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the pad&apos;s port first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a tagged item on the pad now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, parts missing from the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::HelpPanel</name>
    <message>
        <source>Print the card of this job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help (F1 closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lending desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shuttle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline and the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir — F1 on any page for its help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No help for this page yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing found.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card of this job as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Card written to %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::HoldShelfPage</name>
    <message>
        <source>&amp;Clear expired…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the clearance list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear expired requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired requests to clear — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup: scan the patron&apos;s card, then each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup for %1: nothing waiting here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n item waiting</numerusform>
            <numerusform>%n items waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the patron&apos;s card first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then scan each item to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not waiting for this patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the shelf position, or scan another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout needs the library system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left for this patron</source>
        <translation>
            <numerusform>%n left for this patron</numerusform>
            <numerusform>%n left for this patron</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over what was scanned and print the receipt (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n request(s)</source>
        <translation>
            <numerusform>Cancel the %n request</numerusform>
            <numerusform>Cancel the %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an expired item as you take it off the shelf: its request is cancelled, and the desk says where the item goes next. Or cancel them all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n expired request(s) in the library system? The items stay on the hold shelf until you take them off: the clearance list can be printed afterwards.</source>
        <translation>
            <numerusform>Cancel the %n expired request in the library system? The item stays on the hold shelf until you take it off: the clearance list can be printed afterwards.</numerusform>
            <numerusform>Cancel the %n expired requests in the library system? The items stay on the hold shelf until you take them off: the clearance list can be printed afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the library system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the next request here: check it in on the Capture page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the next request, for %1: check it in on the Capture page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to %1 (shuttle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the stacks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cancelled for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) cancelled; they are sent to the library system. Take the items off the shelf with the clearance list.</source>
        <translation>
            <numerusform>%n request cancelled; it is sent to the library system. Take the item off the shelf with the clearance list.</numerusform>
            <numerusform>%n requests cancelled; they are sent to the library system. Take the items off the shelf with the clearance list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired request(s) still on the shelf.</source>
        <translation>
            <numerusform>%n expired request still on the shelf.</numerusform>
            <numerusform>%n expired requests still on the shelf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled today (%n)</source>
        <translation>
            <numerusform>Cancelled today (%n)</numerusform>
            <numerusform>Cancelled today (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag %1, place %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pickup finished: %n item(s)</source>
        <translation>
            <numerusform>Pickup finished: %n item</numerusform>
            <numerusform>Pickup finished: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>The receipt is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln awaiting pickup</source>
        <translation>
            <numerusform>%Ln awaiting pickup</numerusform>
            <numerusform>%Ln awaiting pickup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln expired</numerusform>
            <numerusform>%Ln expired</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ImportPreviewDialog</name>
    <message>
        <source>Import the network configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: nothing changes on this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n setting(s) of this counter change. Your site, workstation, devices and printers stay as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n setting of this counter changes. Your site, workstation, devices and printers stay as they are.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n settings of this counter change. Your site, workstation, devices and printers stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip templates from the network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::KioskWindow</name>
    <message>
        <source>Locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect your documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your library card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type my card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the document&apos;s barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your documents are checked out to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your return is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A door did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff have been told. Please call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the lockers are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the lockers are out of order.
Call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the document in and close the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors %1 are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your documents, then close the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for you here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a document is ready for you, you will be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card or PIN not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your card and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::LocalStore</name>
    <message>
        <source>The damaged cache %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache was damaged and has been recreated. The queues will be downloaded again at the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 is damaged and could not be moved aside. Nothing was changed; call your support before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox&apos;s file %1 could not be copied before opening it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox of actions waiting for the library system was damaged. It has been kept, untouched, as %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) not yet confirmed by the library system could be read from it; they are in the review list: check each one before sending it again.</source>
        <translation>
            <numerusform>%n action not yet confirmed by the library system could be read from it; it is in the review list: check it before sending it again.</numerusform>
            <numerusform>%n actions not yet confirmed by the library system could be read from it; they are in the review list: check each one before sending it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from it: tell your support, the actions it holds may still need to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of it could not be read.</source>
        <translation>
            <numerusform>%n part of it could not be read.</numerusform>
            <numerusform>%n parts of it could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered from the damaged outbox %1: the library system may or may not have received it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::LockerDoorMap</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jammed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n return</numerusform>
            <numerusform>%n returns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::LockerSettingsPage</name>
    <message>
        <source>The bank&apos;s library code in the ILS, e.g. CASGARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vendor&apos;s kiosk drives the doors (no boards of ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerong CU16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8A/80 boards (12 or 24 locks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/ttyUSB0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock boards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverted switch (0/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors from the boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (S/M/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns (0/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door size by item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S (small)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L (large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card and PIN at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other item types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jammed when not open after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when open for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number shown when out of service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk back to its welcome after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::LockerTwinWindow</name>
    <message>
        <source>Simulated lock boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an open door to close it. With a mode ticked, a click on a door jams it, forces it open, or puts an item in (or takes it out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam / free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board %1 silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::LockersPage</name>
    <message>
        <source>Empty this door (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the door&apos;s label or type it, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — free %2, loaded %3, expired %4, returns %5, jammed %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan its door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the item first, then its door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this locker bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which door?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the door&apos;s label or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network lockers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locker banks of every site, as the network store knows them (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network lockers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::LookupPage</name>
    <message>
        <source>Appointment for order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card number or name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 21042000000017, or Dupont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patron found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patron(s) found.</source>
        <translation>
            <numerusform>%n patron found.</numerusform>
            <numerusform>%n patrons found.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library system is not answering (%1): only this site&apos;s patrons are searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the hold shelf at %1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the hold shelf at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit to %1 (crate %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being processed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a copy (rank %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the shelf at %1, to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;C %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;C %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) across the network.</source>
        <translation>
            <numerusform>%n request across the network.</numerusform>
            <numerusform>%n requests across the network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) known here; the library system is not answering (%1), requests at other sites are not shown.</source>
        <translation>
            <numerusform>%n request known here; the library system is not answering (%1), requests at other sites are not shown.</numerusform>
            <numerusform>%n requests known here; the library system is not answering (%1), requests at other sites are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1, still on the hold shelf at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %L1 patrons are shown: add the first name or type the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;delivery order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+D: take a home delivery order for this patron on the phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message>
        <source>Workstation not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested documents to fetch from the shelves, in walking order, zone by zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan what was pulled or returned: hold shelf, transit to another site, click &amp; collect bag, or back to the shelf, with its slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents waiting for their patrons, by expiry date; clearing of expired holds; pickup at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders grouped by patron and pickup point, their state and appointment, and bag labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle crates per destination site: fill, seal and label them; receive crates from other sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the pickup lockers and clear the doors that were not collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s queues per site and for the network: received, pending by age, not found, uncollected, transits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n action(s) waiting</source>
        <translation>
            <numerusform>Outbox: %n action waiting</numerusform>
            <numerusform>Outbox: %n actions waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan contained characters a barcode cannot have. Scan it again or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library system connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1. Set up the connection to the library system to capture items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the latest requests from the library system (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelves, floor plan, slips and printer (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s phone line: any patron by card or name, and all their requests across the sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: part %2 of %3 is not on the pad. Put every part on the pad, or press F8 to go on without it.</source>
        <translation>
            <numerusform>%1: part %2 of %3 is not on the pad. Put every part on the pad, or press F8 to go on without it.</numerusform>
            <numerusform>%1: parts %2 of %3 are not on the pad. Put every part on the pad, or press F8 to go on without them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check digit wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a document, a patron card, a crate or a bag label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 / %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end with the right check digit for a patron card: scan it again, or press F8 to use it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end with the right check digit for a document: scan it again, or press F8 to use it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery: the next round&apos;s orders and parcels, weights, labels, the courier&apos;s manifest, parcels brought back and the monthly bill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::NetStoreAddressField</name>
    <message>
        <source>&amp;Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s shared store (PostgreSQL): crates, locker doors, deliveries and pull claims shared between counters. Leave it empty to keep this counter on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate and host name verified (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a store on this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep the one there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter&apos;s role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role&apos;s password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s configuration sets this address; IT changes it there. The role&apos;s password is this counter&apos;s own and can still be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store needs a host, a database and this counter&apos;s role (or every field empty: no store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network store: this counter keeps everything on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the network store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: no password for this role in the keychain; type it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the network store answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::NetworkConfig</name>
    <message>
        <source>The file is larger than %1 MB: it is not a network configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template %1 has more than %2 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section name ends with “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a site code (letters, digits, - and _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no slip template called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section [%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must start with the [comptoir-network] section and its format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Comptoir network configuration: it must start with [comptoir-network].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each line of a template starts with “|”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a network setting that can be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line is “name = value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 holds a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format is a number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 was written by a newer version of Comptoir; this one reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entry “%1” in [comptoir-network].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice (also on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: passwords and secrets never go in this file; each counter enters them once and keeps them in its keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is each counter&apos;s own setting; it cannot come from the network&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a complete Comptoir network configuration: [comptoir-network] with “format = 1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1: line %2 of the template: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked but the file gives no such template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked but the file gives it no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it is not a network configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network configuration %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::NetworkConfigPage</name>
    <message>
        <source>&amp;Export the network configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a network configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings IT locked (not changeable on this counter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export writes this counter&apos;s network settings (library system, zones and shelves, barcode rules, slip templates, privacy) to a file for the other counters; never a password. Import shows what changes before applying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network configuration: this counter has its own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration provided by IT: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration imported: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT provides this counter&apos;s configuration; it cannot be replaced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network configuration could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the network configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration (*.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1. It holds no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a network configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration (*.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed on this counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::NetworkDeliveryOrders</name>
    <message>
        <source>Orders taken at the site&apos;s other counters (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store is not connected: the other counters&apos; orders cannot be read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order taken at another counter of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) taken at other counters of the site.</source>
        <translation>
            <numerusform>%n order taken at another counter of the site.</numerusform>
            <numerusform>%n orders taken at other counters of the site.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::NetworkLockersView</name>
    <message>
        <source>Locker banks of the network (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network store is set up: only this counter&apos;s bank is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store is not connected: the other counters&apos; doors cannot be read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jammed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) in the network&apos;s banks, %1 holding an item, %2 jammed; read at %3.</source>
        <translation>
            <numerusform>%n door in the network&apos;s banks, %1 holding an item, %2 jammed; read at %3.</numerusform>
            <numerusform>%n doors in the network&apos;s banks, %1 holding an item, %2 jammed; read at %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::NextItemView</name>
    <message>
        <source>Pull run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of the pull list is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no call number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 · barcode %2 · for %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (click &amp; collect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Found (another line of the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 · for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Found: checking it in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Found (another line of the list): checking it in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 checked in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the item when you have it · %1: not found · %2 or →: skip · Esc: back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>key: not found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>key: skip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was pulled or claimed at another desk (%2): on to the next line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Outbox</name>
    <message>
        <source>This action is not in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::OutboxPage</name>
    <message>
        <source>Actions waiting for the library system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for Koha (.koc)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Koha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koha offline circulation (*.koc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected actions to the library system again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send the selected actions; they stay listed as discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n action(s)? They will not be sent to the library system. They stay in the list of discarded actions.</source>
        <translation>
            <numerusform>Discard %n action? They will not be sent to the library system. They stay in the list of discarded actions.</numerusform>
            <numerusform>Discard %n actions? They will not be sent to the library system. They stay in the list of discarded actions.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checkout or return is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkout(s)</source>
        <translation>
            <numerusform>%Ln checkout</numerusform>
            <numerusform>%Ln checkouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln return(s)</source>
        <translation>
            <numerusform>%Ln return</numerusform>
            <numerusform>%Ln returns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::PhoneOrderDialog</name>
    <message>
        <source>&amp;Place the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan or type, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the patron&apos;s record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery day ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) placed for home delivery.</source>
        <translation>
            <numerusform>%n request placed for home delivery.</numerusform>
            <numerusform>%n requests placed for home delivery.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept to send when the library system answers.</source>
        <translation>
            <numerusform>%n kept to send when the library system answers.</numerusform>
            <numerusform>%n kept to send when the library system answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::PlaceholderPage</name>
    <message>
        <source>This page is not available yet in this version of Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::PullListPage</name>
    <message>
        <source>&amp;Not found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On another shelf or in processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was it not found?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (click &amp; collect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line of the item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull list as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next item mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item at a time, full screen, with the floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 — %n line</numerusform>
            <numerusform>%1 — %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests still waiting for a copy of this title, as far as this counter knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone (Alt+Z):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind (Alt+K):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Z: next zone, Alt+Shift+Z: previous zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+K: next kind, Alt+Shift+K: previous kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: a misread. Scan it again, or type the barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a patron card, not an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a crate label, not an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a click &amp; collect bag label, not an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the pull list: check it in on the Capture page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (home delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was pulled or claimed at another desk (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split &amp;zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the site&apos;s shelf zones to its desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 / %L2 (%Ln line(s) left to other desks)</source>
        <translation>
            <numerusform>%L1 / %L2 (%Ln line left to other desks)</numerusform>
            <numerusform>%L1 / %L2 (%Ln lines left to other desks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ReportSettingsPage</name>
    <message>
        <source>The daily queue report turns a cell red, and names the site in its first sentence, when a figure passes one of these thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests older than 48 h, at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests captured within &amp;24 h, at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests captured within &amp;48 h, at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expired requests left on a hold shelf, at most:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ReportsPage</name>
    <message>
        <source>Filter by site (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the report again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section (Alt+S):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily queue report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has not been taken yet: F5 takes it from the library system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the network&apos;s requests from the library system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily queue report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taken at %1 from %2; %n day(s) without a report in the last 30.</source>
        <translation>
            <numerusform>Taken at %1 from %2; %n day without a report in the last 30.</numerusform>
            <numerusform>Taken at %1 from %2; %n days without a report in the last 30.</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the threshold set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-%1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ScanField</name>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Settings</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsDialog</name>
    <message>
        <source>Print a &amp;receipt at pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer on the network (ESC/POS, TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer on a serial port (ESC/POS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.50:9100, or /dev/ttyUSB0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer address or port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial speed (baud):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the slip by itself for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default printer, after a print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for slips not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips not printed go as PDF to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click &amp;&amp; collect bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the network&apos;s configuration; IT changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ShelfLayoutEditor</name>
    <message>
        <source>Zones and shelving locations in the order staff walk them. Drag to reorder, or use Alt+↑ / Alt+↓. Double-click a name or plan id to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor &amp;plan (SVG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed (walked last, by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of the training library (built in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ShelfLayoutTree</name>
    <message>
        <source>Zone / location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ShuttleSettingsPage</name>
    <message>
        <source>None: every crate goes straight to its library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library code of the hub. A library this counter sends less than a crate a day goes through the hub, in a bag inside the hub&apos;s crate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate &amp;hub (library code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle &amp;routes, one a line, the stops in the van&apos;s order (“North: GIONO, HUGO, ROMANS”). None: one route, libraries by name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::SlipPrinter</name>
    <message>
        <source>Slip printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip saved as PDF in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the folder %2 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the PDF cannot be written in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no printer is installed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview was closed without printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer %1 does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::TemplateEditor</name>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;shipped one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (sample data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the shipped template? Your changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ No problem found. Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the shipped template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::VerdictBanner</name>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a document, a patron card, a crate or a bag label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Workstation</name>
    <message>
        <source>This counter&apos;s network configuration is provided by IT (%1); it cannot be replaced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network configuration could not be copied into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ZoneSplitDialog</name>
    <message>
        <source>Split zones between desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the zones this desk pulls. Its runs then claim only lines of its zones and of the zones given to no desk; the other desks leave its zones alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no desk (every desk pulls it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 taken from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the network store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store is not connected: zones cannot be split now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store does not answer: the zones shown may be out of date. Close and open this window again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::crates</name>
    <message>
        <source>This is not a readable crate label (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crate or library id cannot be written on a crate label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crate has no sealing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crate holds at most %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 cannot be written on a crate label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 is twice in the crate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 is too long for a crate label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate needs more than %1 QR codes: split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate label is too long to be one (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crate label&apos;s integrity check failed: it was misread or changed. Scan it again, or receive the crate item by item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields instead of 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad crate or library id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad sealing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more items than the crate holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crate label has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These QR codes are from different crates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the label&apos;s other QR codes: part %1 of %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label lists %1 items but says the crate holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1: a route is written “Name: SITE1, SITE2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1: the name %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1: the site %2 is on two routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1: the route %2 has no stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::crates::CrateService</name>
    <message>
        <source>No such crate at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode cannot go on a crate label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is already in the crate for %1: take it out of that crate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 — item %n</source>
        <comment>the nth item put in the crate (ordinal)</comment>
        <translation>
            <numerusform>Crate for %1 — item %n</numerusform>
            <numerusform>Crate for %1 — item %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this crate</source>
        <translation>
            <numerusform>%n item in this crate</numerusform>
            <numerusform>%n items in this crate</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is in no open crate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open crate can take a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box %1 is already the crate for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate is not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate is already sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate is empty: nothing to seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate is for %1, not for this site: send it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate was received already, on %1: nothing is checked in twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate was not received here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate is not being received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was scanned already in this crate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crate was received already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 (hub), bag for %2 — item %n</source>
        <comment>the nth item put in the crate (ordinal)</comment>
        <translation>
            <numerusform>Crate for %1 (hub), bag for %2 — item %n</numerusform>
            <numerusform>Crate for %1 (hub), bag for %2 — item %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the bag for %1</source>
        <translation>
            <numerusform>%n in the bag for %1</numerusform>
            <numerusform>%n in the bag for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This crate comes from %1, a site this network does not know: nothing is checked in. Set it aside and ask the shuttle team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was received already from the crate %1 (from %2): it is not checked in twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::delivery</name>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery — courier manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — round of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message>
        <source>Patron and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items / weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery — billing of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n parcel(s), total %2</source>
        <translation>
            <numerusform>%1 — %n parcel, total %2</numerusform>
            <numerusform>%1 — %n parcels, total %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::delivery::DeliveryService</name>
    <message>
        <source>No such delivery order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight in grams, between 1 and 50000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such item in a delivery order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery — not deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set it aside and call the patron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery — call the patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order weighs %1 kg, over the %2 kg limit: call before preparing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery — parcel no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in this parcel — round of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a parcel label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel no. %1 at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel no. %1 has not left: dispatch its round first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel no. %1 already came back (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel no. %1 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with %1</source>
        <translation>
            <numerusform>%n item with %1</numerusform>
            <numerusform>%n items with %1</numerusform>
        </translation>
    </message>
    <message>
        <source>to the hold shelf for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel no. %1: patron absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel no. %1: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) %1</source>
        <translation>
            <numerusform>%n item %1</numerusform>
            <numerusform>%n items %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No such month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::delivery::FeePoster</name>
    <message>
        <source>Home delivery, parcel %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::delivery::PhoneOrders</name>
    <message>
        <source>Home delivery is not set up at this counter (Settings &gt; Home delivery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not for loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests cannot be placed: not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::desk</name>
    <message>
        <source>(title unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::desk::CaptureService</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in could not be saved on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system refused this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested, to be picked up there — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request: it goes back to its library — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: provisional, set it aside; confirmed when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably: hold shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably: transit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably: send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably: back to the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown here: set it aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order complete: close the bag and print its label — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system&apos;s answer was lost: provisional, set it aside; its state is being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold shelf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the shelf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system asks to leave this item&apos;s security as it is: not secured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::desk::CheckoutService</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkout could not be saved on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded here; sent to the library system when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system refused this checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system&apos;s answer was lost: recorded here; its loans are checked before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::desk::HoldPlacement</name>
    <message>
        <source>Request refused by the library system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::desk::IlsSession</name>
    <message>
        <source>Cannot read the queue file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::desk::NetworkLookup</name>
    <message>
        <source>Not connected to the library system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::desk::Replayer</name>
    <message>
        <source>Unknown action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in refused by the library system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout refused by the library system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library system cannot cancel requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::desk::RestAddress</name>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// to %1 would send the library system&apos;s password unencrypted over the network: use https://, or allow an unencrypted connection explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::devices::RfidPad</name>
    <message>
        <source>RFID pad on %1 disconnected (%2). Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID pad on %1 not found: %2. Trying again every second…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID pad on %1 ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is no longer on the RFID pad: put it back to set its security.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::devices::RfidReader</name>
    <message>
        <source>The RFID reader was disconnected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID reader was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID reader is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID reader does not answer. Check its cable and power; it is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID reader lists more than %1 tags: it is faulty, or the pad holds too many items. Take some off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag has left the pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID reader refused the command (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID reader sent a short inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID reader sent part of the tag&apos;s memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFID reader sent a short answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag&apos;s security could not be set: %1 Keep the item at the desk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value read back differs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::devices::SerialScanner</name>
    <message>
        <source>Scanner on %1 not found: %2. Trying again every second…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner on %1 is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner on %1 ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner on %1 disconnected (%2). Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent something unreadable (%1). Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::formation</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “}” without its “{”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “{” without its “}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “{%1}” (known: {n}, {documents}, {document}, {site}, {attendu}, {réponse}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %L1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise has at most %L1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %L1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section is written “[name]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise has at most %1 checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section [%1] (known: [exercice], [préparation], [question], [contrôle]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] is given twice (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “name = value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is outside a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is given twice (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise has at most %1 hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“ordre” is a whole number from 0 to 1000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting “%1” in [exercice] (known: titre, objectif, indice, ordre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting “%1” in [préparation] (known: sujet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise has at most %1 subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subject “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes a count from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes no count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“attendu” is en-attente, en-transit or à-prélever, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting “%1” in [question] (known: texte, attendu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“points” is a whole number from 1 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting “%1” in [contrôle] (known: règle, message, message.un, points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no [exercice] section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[exercice] has no “titre”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[exercice] has no “objectif”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no [préparation] with a “sujet”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no [contrôle] section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[contrôle] has no “règle”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[contrôle] has no “message”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule “réponse” needs a [question] section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[question] has no “texte”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[question] has no “attendu”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read, or larger than %L2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::formation::Course</name>
    <message>
        <source>The training library has not enough for this exercise (%1 found, %2 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training library could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ils::Sip2Client</name>
    <message>
        <source>The library system&apos;s answer was lost (%1); its state is checked before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::lockers</name>
    <message>
        <source>The locker settings are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locker settings are not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 32 locker banks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::BankConfig</name>
    <message>
        <source>A locker bank needs the library code of its pickup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locker bank has at most %1 doors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line has at most %1 boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board %1: address or number of locks out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two boards at address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every door needs a label of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two doors are labelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1: no such lock on its board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1: its lock drives another door too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lock board family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many item types in the size table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::LockBus</name>
    <message>
        <source>The lock boards&apos; line is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock board does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::LockerService</name>
    <message>
        <source>Lock board %1 does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its doors are out of service until it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lockers are starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doors&apos; sensors are being read; scan again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this locker bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request waits for this item at %1: capture it at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free door of size %1 or larger: put the item on the hold shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the item in and close the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No door is labelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: your return is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to check in at the desk.</source>
        <translation>
            <numerusform>%n item to check in at the desk.</numerusform>
            <numerusform>%n items to check in at the desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Door %1 is not to be emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1: take everything out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the door when it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for you here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door(s) %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your documents and close the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is already in a door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the document in and close the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return door is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring your document to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 is jammed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use door %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff have been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 closed with nothing inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 opened without a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the locker bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1 is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the library system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::LockerSite</name>
    <message>
        <source>No locker bank is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock boards&apos; port %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::lockers::LockerStore</name>
    <message>
        <source>lockers.unknown</source>
        <comment>This door is not in the locker bank.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockers.door_taken</source>
        <comment>This door is not available any more.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockers.item_elsewhere</source>
        <comment>This item is already in a door.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::netstore</name>
    <message>
        <source>The network store does not know %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to site %2: this counter cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate %1 was already received by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate %1 was already sealed by %2: this desk&apos;s change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This door was already assigned by %1 (item %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 was already done by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store&apos;s address must read postgresql://role@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password in the network store&apos;s address: it goes in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store&apos;s address needs a role, a host and a database: postgresql://role@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store&apos;s sslmode is verify-full (or disable on this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network store on another computer needs TLS (sslmode=verify-full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store is not connected: the counters&apos; figures are this counter&apos;s only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::netstore::NetStore</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: the network store cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network store on another computer needs TLS (sslmode=verify-full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store does not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store refused: this counter may not change that (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store was made by a newer Comptoir (schema %1): update this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counter&apos;s role is lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store gave no verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store does not know crate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store does not send live updates (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::netstore::NetworkStoreLink</name>
    <message>
        <source>No password for the network store in the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: the network store cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locker alert at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locker alert at %1, door %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the other desks&apos; claims from the network store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the zones from the network store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store does not answer: this desk goes on without it. Lines are not claimed meanwhile; nothing is lost, this desk&apos;s actions wait here and are published when the store is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store cannot be reached: this run goes on without claiming its lines, other desks may pull the same ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing this desk&apos;s claims at the network store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming lines at the network store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving the lines not pulled back to the network store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::netstore::SharedCrates</name>
    <message>
        <source>The network store does not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store cannot be reached: crates opened at other desks cannot be filled now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is already in this crate: %1 put it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store cannot be reached: crates opened at other desks cannot be sealed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the crate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sealed this crate first: item %2 did not go into it. The item stays at this desk: put it in another crate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate for %1 sealed at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sealed this crate first: it was not sealed here and no label was printed. The crate leaves with the label printed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sealed this crate first: this desk&apos;s seal was not applied. Throw away the label printed here; the crate leaves with the label printed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sealed this crate first: item %2, taken out here afterwards, is still on its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store did not answer in time: the crate was not sealed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store has not answered yet: it is told when it does, and this desk hears if another desk sealed the crate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store did not answer in time: the item is in this desk&apos;s crate and is told to the store when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network store did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::print::TemplateStore</name>
    <message>
        <source>Hold slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect bag label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle crate label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle crate receipt (missing and extra items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle departure route sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery parcel label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::reports</name>
    <message>
        <source>Requests over the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from placed to captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle crates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transits between sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention today: every site keeps within its thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) with more than %1 of pending requests older than 48 h, worst %2</source>
        <translation>
            <numerusform>%n site with more than %1 of pending requests older than 48 h: %2</numerusform>
            <numerusform>%n sites with more than %1 of pending requests older than 48 h, worst %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the network captured %1 of the day&apos;s requests within 24 h (goal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hold shelf(s) with more than %1 expired requests to clear: %2</source>
        <translation>
            <numerusform>%n hold shelf with more than %1 expired requests to clear: %2</numerusform>
            <numerusform>%n hold shelves with more than %1 expired requests to clear: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention today: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of the attention sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a quoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a report file: its first line is not the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line has %1 fields instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily queue report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the library system</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): pending requests over 48 h, network (– : no snapshot that day)</source>
        <translation>
            <numerusform>Last %n day: pending requests over 48 h, network (– : no snapshot that day)</numerusform>
            <numerusform>Last %n days: pending requests over 48 h, network (– : no snapshot that day)</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup lockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter figures of this counter only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counter figures of %1 of the network&apos;s %n counter(s).</source>
        <translation>
            <numerusform>Counter figures of %1 of the network&apos;s %n counter.</numerusform>
            <numerusform>Counter figures of %1 of the network&apos;s %n counters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing (no snapshot of the day, not counted): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::sync::SyncEngine</name>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <source>no address in the patron&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patron category %1 is not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the delivery area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered before the %1 cut-off: %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the %1 cut-off: the next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1, %2 (%3). %4 a parcel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Queues at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  to pull from the shelves   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pending, to be picked up here  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  in transit to here         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  waiting on the hold shelf  %1 (of which %2 expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  click &amp; collect orders     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures through SIP2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (slip not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1 captured, %2 slips written to %3; outbox: %4 pending, %5 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull list (first lines, in walking order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) still wait for the library system after %1 s; they stay in the outbox and go at the next start.</source>
        <translation>
            <numerusform>%n action still waits for the library system after %1 s; it stays in the outbox and goes at the next start.</numerusform>
            <numerusform>%n actions still wait for the library system after %1 s; they stay in the outbox and go at the next start.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox was set aside: exit code 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised site %1 in %L2 ms: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) to pull</source>
        <translation>
            <numerusform>%Ln line to pull</numerusform>
            <numerusform>%Ln lines to pull</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Crate for %1 sealed: %n item(s), label</source>
        <translation>
            <numerusform>Crate for %1 sealed: %n item, label</numerusform>
            <numerusform>Crate for %1 sealed: %n items, label</numerusform>
        </translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Comptoir: the staff client for the holds, pulls, shuttle crates and lockers of a library network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the local cache, outbox and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging filter rules, e.g. &quot;comptoir.core.*.debug=true&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window after this many milliseconds (for screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the training library on this computer and connect to it (demo site CENTRE; data under the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: no window. Sync the site, build its pull list, capture a few items, write their slips as PDF files, print a summary and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: where the slips go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless goes with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — workstation %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — training library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the pull list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s scanner and RFID pad, driven by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time from the start of the process to the first painted window and to the cached lists loaded, the memory used and the cached rows, then quit (a benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Unencrypted connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See comptoir --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

This counter keeps its previous settings. Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network configuration provisioned by IT (default: COMPTOIR_NETWORK_CONFIG, then /etc/comptoir/network.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated lockers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No locker bank is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a patron kiosk, full screen: lockers (the locker bank&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kiosk &quot;%1&quot;: use lockers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guided training course: start a fresh training library on this computer, connect to it and list the exercises (data in their own folder, emptied at each start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--formation goes without --demo and --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this page: pull-list, capture, hold-shelf, click-collect, crates, lockers, delivery, reports, lookup or outbox (a counter that mostly pulls can start on its list, a supervisor on the report).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>The daily queue report of the library network: requests per site, pending by age against the 24/48 h promise, hold shelves, pull runs, crates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD). Today (the default) is read from the library system and kept; another day is read from the kept reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this site (repeat it, or separate ids with commas; &quot;all&quot;: every site, the default). The network&apos;s totals are always the whole network&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (default: the standard output; for pdf, report-DATE.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter&apos;s data folder (settings, outbox, kept reports), as comptoir&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the training library on this computer and report on it, as comptoir --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep today&apos;s figures (a dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No REST address of the library system in %1: set up the counter with comptoir first (the report reads the network&apos;s requests through Koha&apos;s REST API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was kept for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown site &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system&apos;s REST address in %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 to 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 48 h (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured with their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 24 h (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 48 h (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit to the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median transit (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was taken on %1: the library system only knows today&apos;s requests, so that day stays missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No REST connection to the library system is set up: the report needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests by age, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* or no bar: no report that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests by age: the %1 sites with most over 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests by age, site by site (most over 48 h at the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncollected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jammed doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled/expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made ready today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median to ready (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th pct to ready (h)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
