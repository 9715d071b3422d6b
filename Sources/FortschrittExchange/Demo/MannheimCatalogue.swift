// The Mannheim measure catalogue, Stand Dezember 2020 (public; see docs/demo-data.md).
enum MannheimCatalogue {
    static let csv = #"""
        Nr.;Maßnahme;Handlungsfeld;Federführung;Aufgenommen;Status;Status seit;Bemerkung;Status belegt
        1.1;Bürgerportal;E-Government (Bürger und Unternehmen);SHM²;2019-03-12;etabliert;2019-10-01;Liveschaltung Oktober 2019 (Bewohnerparken, Urkundenbestellung), weitere Services coronabedingt ergänzt;ja
        1.2;Open Data Portal;E-Government (Bürger und Unternehmen);FB 12;2019-03-12;im Zeitplan;2019-03-12;Ausbau gewinnt im Rahmen von Smart City an Bedeutung;angenommen
        1.3;Klimadateninformationssystem;E-Government (Bürger und Unternehmen);Klimaschutzleitstelle;2019-03-12;verzögert;2020-04-01;coronabedingt verzögert;angenommen
        1.4;Digitales Wahlmanagement;E-Government (Bürger und Unternehmen);FB 15;2019-03-12;verzögert;2020-04-01;coronabedingt verzögert;angenommen
        1.5;Digitale Ratsarbeit;E-Government (Bürger und Unternehmen);FB 15;2019-03-12;etabliert;2020-01-01;Stadträt*innen arbeiten digital;ja
        1.6;Chatbot;E-Government (Bürger und Unternehmen);FB 33/FB 12;2019-03-12;verzögert;2020-04-01;coronabedingt verzögert;angenommen
        1.7;Digitale Kita Info App;E-Government (Bürger und Unternehmen);FB 56;2019-03-12;etabliert;2020-01-01;erprobt und flächendeckend ausgerollt;ja
        1.8;Modernisierung Zuschusswesen;E-Government (Bürger und Unternehmen);SHM²;2019-03-12;in Linie überführt;2020-12-01;wird künftig in der Linie durch FB 20 (Stadtkämmerei) weiterverfolgt;ja
        1.9;Mannheimer Frauennachttaxi;E-Government (Bürger und Unternehmen);Amt 18;2019-03-12;etabliert;2020-01-01;App etabliert, weitere Version in Umsetzung;ja
        1.10;Digitaler Showroom;E-Government (Bürger und Unternehmen);FB 40;2019-03-12;verzögert;2020-03-15;digitaler Erlebnisraum coronabedingt nicht realisiert;angenommen
        1.11;Lorawan;E-Government (Bürger und Unternehmen);FB 12;2019-03-12;in Planung;2019-03-12;eigene Funknetze werden mit der Smart-City-Strategie konzipiert;angenommen
        1.12;Handyparken;E-Government (Bürger und Unternehmen);FB 31;2019-03-12;etabliert;2020-11-01;seit 11/2020 verfügbar;ja
        1.13;Mannheim als FrauenOrt;E-Government (Bürger und Unternehmen);FB 12;2020-06-30;etabliert;2020-10-01;digitaler Veranstaltungskalender, neu seit Strategiebeschluss;ja
        1.14;Online-Ticketing rem;E-Government (Bürger und Unternehmen);rem;2020-06-30;verzögert;2020-11-01;Reiss-Engelhorn-Museen, neu seit Strategiebeschluss;angenommen
        1.15;Relaunch Internet;E-Government (Bürger und Unternehmen);FB 12;2020-06-30;im Zeitplan;2020-06-30;Neukonzeption des Internetauftritts, neu seit Strategiebeschluss;angenommen
        1.16;Digitale Leseausweise mit MifareDesfire-Chips;E-Government (Bürger und Unternehmen);FB 40;2020-06-30;in Planung;2020-06-30;neu seit Strategiebeschluss;angenommen
        2.1;Masterplan für den Ausbau der digitalen Infrastruktur;Intelligente digitale Infrastrukturen;FB 12;2019-03-12;im Zeitplan;2019-03-12;Anschluss von Schulen, Gewerbegebieten und öffentlichen Gebäuden planmäßig;ja
        2.2;Masterplan für den Ausbau des Öffentlichen WLAN;Intelligente digitale Infrastrukturen;FB 12;2019-03-12;im Zeitplan;2019-03-12;ein weiterer Stadtteil 2020 versorgt;ja
        2.3;Digitales Grünflächenmanagement;Intelligente digitale Infrastrukturen;FB 67;2019-03-12;im Zeitplan;2019-03-12;;ja
        2.4;Digitalisierung von Schulen und Bildung;Intelligente digitale Infrastrukturen;FB 40/FB 12;2019-03-12;im Zeitplan;2019-03-12;Ende 2024 alle Schulen mit Breitband versorgt;ja
        2.5;Ausbau kommunales Geoinformationssystem / Geoportal (Virtual City);Intelligente digitale Infrastrukturen;FB 62;2019-03-12;im Zeitplan;2019-03-12;;ja
        2.6;Einführung Digitaler Lesesaal;Intelligente digitale Infrastrukturen;FB 16;2019-03-12;etabliert;2020-01-01;MARCHIVUM: historische Akten online einsehbar;ja
        2.7;Einführung Elektronisches Langzeitarchiv;Intelligente digitale Infrastrukturen;FB 16;2019-03-12;etabliert;2020-01-01;MARCHIVUM;ja
        2.8;Multimediale Ausstellung des Stadtarchivs;Intelligente digitale Infrastrukturen;FB 16;2020-06-30;verzögert;2020-11-01;MARCHIVUM, neu seit Strategiebeschluss;angenommen
        3.1;Mitarbeiterportal;Intelligente digitale Arbeitswelt;SHM²;2019-03-12;in Linie überführt;2020-12-01;wird künftig in der Linie durch FB 11 (Organisation und Personal) umgesetzt;ja
        3.2;Einführung der E-Akte (DOMEA) bei den Dienststellen;Intelligente digitale Arbeitswelt;FB 11/FB 12/FB 16;2019-03-12;im Zeitplan;2019-03-12;starker Handlungsdruck: verpflichtend im neuen Technischen Rathaus;ja
        3.3;Ausbau von E-Learning zur Wissensplattform;Intelligente digitale Arbeitswelt;FB 11;2019-03-12;im Zeitplan;2019-03-12;;ja
        3.4;Digitaler Einkauf;Intelligente digitale Arbeitswelt;SHM²;2019-03-12;in Planung;2019-03-12;bisher noch nicht initial gestartet;ja
        3.5;Drohneneinsatz bei der Feuerwehr Mannheim;Intelligente digitale Arbeitswelt;FB 37;2019-03-12;im Zeitplan;2019-03-12;;ja
        3.6;GIS-Krisenmanagement (GISKM);Intelligente digitale Arbeitswelt;FB 37;2019-03-12;im Zeitplan;2019-03-12;3. Preis Leuchttürme des Digitalen Wandels (Mai 2019);ja
        3.7;Weiterentwicklung Intranet;Intelligente digitale Arbeitswelt;FB 11;2019-03-12;im Zeitplan;2019-03-12;;ja
        3.8;Beschleunigung Einsatzfahrten Feuerwehr;Intelligente digitale Arbeitswelt;FB 37;2019-03-12;im Zeitplan;2019-03-12;;ja
        3.9;Einbindung Freiwillige Feuerwehr ins städtische IT-System;Intelligente digitale Arbeitswelt;FB 37;2019-03-12;im Zeitplan;2019-03-12;;ja
        3.10;Digitaler Prüferarbeitsplatz;Intelligente digitale Arbeitswelt;FB 14;2019-03-12;im Zeitplan;2019-03-12;;ja
        3.11;Digitale Aktenausleihe;Intelligente digitale Arbeitswelt;FB 16;2019-03-12;im Zeitplan;2019-03-12;;ja
        3.12;eFon-Neuentwicklung elektronischer Forderungsnachweis;Intelligente digitale Arbeitswelt;FB 20;2020-06-30;im Zeitplan;2020-06-30;neu seit Strategiebeschluss;angenommen
        3.13;GekoSBauwin;Intelligente digitale Arbeitswelt;FB 60;2020-06-30;im Zeitplan;2020-06-30;neu seit Strategiebeschluss;angenommen
        3.14;Gefahrenstoffausbreitungsmodell SAMS;Intelligente digitale Arbeitswelt;FB 37;2020-06-30;in Planung;2020-06-30;neu seit Strategiebeschluss;angenommen
        3.15;Automatisiertes Authentifikations- und Berechtigungsmanagement für 7000 User;Intelligente digitale Arbeitswelt;FB 12;2020-06-30;im Zeitplan;2020-06-30;neu seit Strategiebeschluss;angenommen
        4.1;Digitale Stadtsteuerung;Besondere Handlungsfelder der Digitalisierung;FB 12;2019-03-12;in Planung;2019-03-12;formal noch nicht gestartet, Grundlagen über sMArt roots;ja
        4.2;Digitales Stadtmarketing;Besondere Handlungsfelder der Digitalisierung;FB 80;2019-03-12;in Planung;2019-03-12;wird nach vorliegenden Planungen konkreter;ja
        4.3;Digitale Angebote zur BUGA 2023;Besondere Handlungsfelder der Digitalisierung;FB 12;2019-03-12;in Planung;2019-03-12;wird nach vorliegenden Planungen konkreter;ja
        4.4;MINT-Bildungskette;Besondere Handlungsfelder der Digitalisierung;FB 40;2019-03-12;etabliert;2019-06-01;Vorlage V148/2019, Ausbau weiterer Vernetzungen und Kooperationen;ja
        4.5;Maßnahme 4.5 (Bezeichnung im Bericht nicht genannt);Besondere Handlungsfelder der Digitalisierung;FB 80;2019-03-12;verzögert;2020-04-01;coronabedingt verzögert;angenommen
        4.6;Maßnahme 4.6 (Bezeichnung im Bericht nicht genannt);Besondere Handlungsfelder der Digitalisierung;FB 80;2019-03-12;verzögert;2020-04-01;coronabedingt verzögert;angenommen
        4.7;Maßnahme 4.7 (Bezeichnung im Bericht nicht genannt);Besondere Handlungsfelder der Digitalisierung;FB 80;2019-03-12;verzögert;2020-04-01;coronabedingt verzögert;angenommen
        4.8;AUMAn (Digitales Arbeits- und Unfallstellenmanagement);Besondere Handlungsfelder der Digitalisierung;FB 60;2020-06-30;im Zeitplan;2020-06-30;georeferenzierte Verkehrsinformationen, neu seit Strategiebeschluss;angenommen
        4.9;Queeres Leben in Mannheim;Besondere Handlungsfelder der Digitalisierung;FB 15;2020-06-30;in Planung;2020-06-30;initial zu starten, neu seit Strategiebeschluss;ja
        4.10;Semesterticket;Besondere Handlungsfelder der Digitalisierung;FB 12;2020-06-30;verworfen;2020-10-01;fachliche Anforderungen digital nicht realisierbar, neu seit Strategiebeschluss;ja
        """#
}
