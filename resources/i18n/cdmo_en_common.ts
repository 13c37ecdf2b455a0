<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
</context>
</TS>
