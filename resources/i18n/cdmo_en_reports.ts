<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Sent %n page(s) of {file} to the printer.</source>
        <translation>
            <numerusform>Sent %n page of {file} to the printer.</numerusform>
            <numerusform>Sent %n pages of {file} to the printer.</numerusform>
        </translation>
    </message>
</context>
</TS>
