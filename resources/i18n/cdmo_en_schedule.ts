<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>{title}: from {start} to {finish}, %n item(s)</source>
        <translation>
            <numerusform>{title}: from {start} to {finish}, %n item</numerusform>
            <numerusform>{title}: from {start} to {finish}, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed day(s) imported from {file}.</source>
        <translation>
            <numerusform>%n closed day imported from {file}.</numerusform>
            <numerusform>%n closed days imported from {file}.</numerusform>
        </translation>
    </message>
</context>
</TS>
