<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n RACI problem(s):</source>
        <translation>
            <numerusform>%n RACI problem:</numerusform>
            <numerusform>%n RACI problems:</numerusform>
        </translation>
    </message>
</context>
</TS>
