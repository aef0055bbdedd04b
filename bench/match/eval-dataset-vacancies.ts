/**
 * The 24 hand-written vacancies of the match evaluation set (12 Dutch, 12 English; six jobs appear in both languages).
 * `family` is the job family the judgments rubric (eval-dataset-rubric.ts) reads; it is not written to vacancies.jsonl.
 */
export interface VacancySource {
  id: string;
  lang: 'nl' | 'en';
  family: string;
  title: string;
  text: string;
}

export const VACANCIES: VacancySource[] = [
  {
    id: 'v01',
    lang: 'nl',
    family: 'nurse',
    title: 'Verpleegkundige niveau 4/6 interne geneeskunde',
    text: `Ben jij een betrokken verpleegkundige die het verschil wil maken voor patiënten op een drukke afdeling interne geneeskunde? Ons ziekenhuis in Amersfoort zoekt collega's voor 24 tot 32 uur per week.
Als verpleegkundige ben je verantwoordelijk voor de totale verpleegkundige zorg aan een vaste groep patiënten. Je observeert, signaleert en rapporteert veranderingen in de gezondheidstoestand, je voert verpleegtechnische handelingen uit zoals het inbrengen van infusen en katheters, wondverzorging en het toedienen van medicatie. Je stelt het verpleegplan op en evalueert het samen met de patiënt en familie. Je werkt nauw samen met artsen, fysiotherapeuten en diëtisten en neemt deel aan het multidisciplinair overleg. Ook begeleid je leerlingen en stagiaires van de HBO-V en MBO-V.
Wat vragen wij?
- Een afgeronde opleiding MBO-V of HBO-V en een BIG-registratie als verpleegkundige;
- Ervaring in het ziekenhuis, bij voorkeur op een interne of chirurgische afdeling;
- Je werkt nauwkeurig met het elektronisch patiëntendossier (HiX);
- Bereidheid tot het werken in onregelmatige diensten, inclusief nacht- en weekenddiensten.
Wat bieden wij? Een salaris conform cao Ziekenhuizen (FWG 45–55), eindejaarsuitkering, goede scholingsmogelijkheden en een leuk, hecht team.`,
  },
  {
    id: 'v02',
    lang: 'nl',
    family: 'care',
    title: 'Verzorgende IG in de ouderenzorg',
    text: `Voor onze woonzorglocatie De Linde in Zwolle zoeken wij een verzorgende IG (individuele gezondheidszorg) die cliënten met dementie en somatische klachten een fijne dag bezorgt.
Wat ga je doen? Je helpt bewoners bij de persoonlijke verzorging: wassen, aankleden, eten en drinken. Je voert voorbehouden en risicovolle handelingen uit, zoals insuline injecteren, wondzorg en het aanleggen van steunkousen, en je deelt medicijnen uit volgens het medicatieprotocol. Je bent eerst verantwoordelijke verzorgende (EVV) voor een aantal bewoners: je stelt het zorgleefplan op, bespreekt het met familie en houdt het dossier bij in ONS Nedap. Je signaleert veranderingen in gedrag en gezondheid en overlegt met de specialist ouderengeneeskunde. Ook zorg je voor een huiselijke sfeer en begeleid je bewoners bij activiteiten.
Wie ben jij? Je hebt een diploma verzorgende IG (MBO niveau 3), ervaring in de ouderenzorg of thuiszorg en hart voor kwetsbare ouderen. Je werkt graag in een klein team en bent flexibel inzetbaar in vroege, late en weekenddiensten.
Wij bieden een contract voor 20–28 uur, salaris volgens cao VVT (FWG 35), reiskostenvergoeding en een opleidingsbudget, bijvoorbeeld voor de opleiding tot verpleegkundige.`,
  },
  {
    id: 'v03',
    lang: 'nl',
    family: 'javadev',
    title: 'Senior Java-ontwikkelaar',
    text: `Voor ons team Digitale Dienstverlening in Utrecht zoeken we een Senior Java-ontwikkelaar die onze backend-systemen naar een hoger niveau tilt.
Je ontwerpt, bouwt en onderhoudt applicaties in Java 21 en Spring Boot. Je schrijft REST-API's en koppelingen met andere systemen, modelleert data in PostgreSQL en schrijft efficiënte SQL-queries. Je schrijft unittests met JUnit en bewaakt de codekwaliteit met code reviews en SonarQube. Je werkt in een Scrum-team met een product owner, testers en frontend-ontwikkelaars, en denkt mee over de software-architectuur en de overstap naar microservices. Onze pipelines draaien in GitLab CI en we deployen met Docker en Kubernetes.
Wat breng je mee?
- Een hbo- of wo-opleiding informatica of vergelijkbaar;
- Minimaal vijf jaar ervaring met Java-ontwikkeling en het Spring-framework;
- Kennis van Git, Maven of Gradle en objectgeoriënteerd programmeren;
- Ervaring met agile werken; kennis van Kafka of cloud (Azure) is een pré;
- Je begeleidt graag junior ontwikkelaars.
We bieden een salaris tot € 6.200, 36-urige werkweek, thuiswerkvergoeding, een eigen opleidingsbudget en een laptop naar keuze.`,
  },
  {
    id: 'v04',
    lang: 'nl',
    family: 'data',
    title: 'Data-analist',
    text: `Heb jij plezier in het omzetten van data naar inzichten waarmee het management betere beslissingen neemt? Ons team Business Intelligence in Den Haag zoekt een data-analist.
Je verzamelt en combineert data uit verschillende bronnen, zoals ons ERP-systeem en het datawarehouse. Je schrijft SQL-queries, bouwt dashboards en rapportages in Power BI en analyseert trends met Python (pandas) of R. Je vertaalt vragen van afdelingen naar analyses, voert statistische analyses uit en presenteert je bevindingen helder aan niet-technische collega's. Ook bewaak je de datakwaliteit en documenteer je definities van KPI's. Je werkt samen met data-engineers aan het verbeteren van de datamodellen.
Wat vragen wij?
- Een afgeronde hbo- of wo-opleiding in econometrie, statistiek, informatica of bedrijfskunde;
- Minimaal twee jaar ervaring als data-analist of BI-specialist;
- Goede kennis van SQL en een visualisatietool (Power BI, Tableau);
- Ervaring met Python of R en met Excel op hoog niveau;
- Analytisch sterk, nieuwsgierig en communicatief vaardig.
Wij bieden een salaris van € 3.800 – € 5.200 bij 36 uur, hybride werken en ruimte voor opleidingen.`,
  },
  {
    id: 'v05',
    lang: 'nl',
    family: 'warehouse',
    title: 'Magazijnmedewerker (orderpicker / reachtruckchauffeur)',
    text: `Voor ons distributiecentrum in Tilburg zoeken wij magazijnmedewerkers in dagdienst of tweeploegendienst.
Als magazijnmedewerker zorg je ervoor dat de goederen van onze klanten op tijd en in goede staat bij de winkels aankomen. Je ontvangt en controleert inkomende goederen, slaat ze op in de stellingen en verzamelt orders met een handscanner (orderpicken). Je rijdt met een heftruck of reachtruck, pakt orders in, maakt zendingen klaar voor transport en laadt vrachtwagens. Je werkt met ons warehouse management systeem en houdt de voorraad nauwkeurig bij. Veiligheid staat voorop: je werkt volgens de veiligheidsvoorschriften en houdt je werkplek netjes.
Wat vragen wij?
- Ervaring in een magazijn of distributiecentrum is een pré, maar niet verplicht;
- Een geldig heftruckcertificaat of reachtruckcertificaat (of bereid dit te halen);
- Fysiek fit, nauwkeurig en teamspeler;
- Beschikbaar voor minimaal 32 uur per week.
Wij bieden een goed salaris met ploegentoeslag, een vast contract na zes maanden, gratis parkeren en opleidingen.`,
  },
  {
    id: 'v06',
    lang: 'nl',
    family: 'mechanic',
    title: 'Onderhoudsmonteur werktuigbouw',
    text: `Wij zijn een productiebedrijf in de voedingsmiddelenindustrie in Oss en zoeken een allround onderhoudsmonteur met een werktuigbouwkundige achtergrond.
Als onderhoudsmonteur zorg je ervoor dat onze productielijnen en verpakkingsmachines optimaal draaien. Je verhelpt storingen aan mechanische, pneumatische en hydraulische installaties, voert preventief onderhoud uit en vervangt lagers, pompen en aandrijvingen. Je leest technische tekeningen, stelt machines af en denkt mee over verbeteringen om stilstand te verminderen. Je registreert je werkzaamheden in het onderhoudsbeheersysteem (Ultimo). Je werkt in een vijfploegendienst en draait mee in de storingsdienst.
Wat vragen wij?
- Een mbo-diploma werktuigbouwkunde of mechatronica, niveau 3 of 4;
- Ervaring als monteur of storingsmonteur in een productieomgeving;
- Kennis van pneumatiek en hydrauliek; basiskennis van elektrotechniek is een pré;
- VCA-certificaat.
Wij bieden een salaris tot € 3.900 plus ploegentoeslag, een 13e maand en een eigen opleidingsbudget.`,
  },
  {
    id: 'v07',
    lang: 'nl',
    family: 'electrician',
    title: 'Elektricien / eerste monteur elektrotechniek',
    text: `Voor onze vestiging in Eindhoven zoeken wij een ervaren elektricien (eerste monteur elektrotechniek) voor projecten in de utiliteitsbouw en woningbouw.
Je installeert en test elektrische installaties in nieuwbouw- en renovatieprojecten: je legt leidingen aan, trekt kabels, monteert groepenkasten en verdeelinrichtingen, en sluit verlichting, wandcontactdozen en laadpalen aan. Je leest elektrotechnische tekeningen en schema's, meet installaties door volgens NEN 1010 en NEN 3140 en lost storingen op. Als eerste monteur stuur je een of twee collega's aan, overleg je met de uitvoerder en andere installateurs en zorg je voor een nette oplevering. Ook installeer je steeds vaker zonnepanelen en omvormers.
Wat vragen wij?
- Een mbo-diploma elektrotechniek (niveau 3 of 4);
- Ervaring als elektromonteur of installatiemonteur;
- VCA-certificaat en rijbewijs B;
- Kennis van NEN 1010; ervaring met zonnepanelen is een pré.
Wij bieden een salaris volgens cao Technisch Installatiebedrijf, een bus van de zaak, opleidingen en een vast contract.`,
  },
  {
    id: 'v08',
    lang: 'nl',
    family: 'bookkeeper',
    title: 'Boekhouder / financieel administratief medewerker',
    text: `Voor onze groothandel in Zwolle zoeken wij een zelfstandig werkende boekhouder voor 32–40 uur per week.
Je verzorgt de dagelijkse financiële administratie: je boekt inkoop- en verkoopfacturen, verwerkt bankmutaties, stelt de btw-aangifte op en bewaakt de debiteuren en crediteuren. Je voert de maandafsluiting uit, stemt grootboekrekeningen af en bereidt de jaarrekening voor in overleg met de accountant. Ook verwerk je de salarisadministratie voor onze 40 medewerkers en beantwoord je vragen van leveranciers en klanten over betalingen. Je werkt in Exact Online en Excel.
Wat vragen wij?
- Een mbo-4- of hbo-opleiding in de richting bedrijfsadministratie of accountancy (bijvoorbeeld SPD);
- Minimaal drie jaar ervaring in een vergelijkbare functie;
- Goede kennis van Exact Online of AFAS en van Excel;
- Nauwkeurig, cijfermatig sterk en zelfstandig.
Wij bieden een salaris van € 3.000 – € 3.900, flexibele werktijden en een prettige, informele werksfeer.`,
  },
  {
    id: 'v09',
    lang: 'nl',
    family: 'hr',
    title: 'HR-adviseur',
    text: `Ben jij een stevige HR-adviseur die leidinggevenden ondersteunt bij alle personeelsvraagstukken? Voor onze zorgorganisatie in Utrecht zoeken wij jou.
Als HR-adviseur ben je het eerste aanspreekpunt voor leidinggevenden van vier locaties. Je adviseert over arbeidsrechtelijke vraagstukken, de cao, functioneren en beoordelen, verzuim en re-integratie. Je begeleidt reorganisaties, voert samen met de bedrijfsarts het verzuimbeleid uit volgens de Wet verbetering poortwachter en denkt mee over werving en selectie en strategische personeelsplanning. Je signaleert trends in de HR-cijfers en vertaalt die naar beleid. Ook werk je mee aan projecten zoals het nieuwe beoordelingsbeleid en het verbeteren van onboarding. Je werkt in AFAS.
Wat vragen wij?
- Een afgeronde hbo-opleiding Personeel en Arbeid of HRM;
- Minimaal drie jaar ervaring als HR-adviseur;
- Goede kennis van arbeidsrecht en verzuimbeleid;
- Je bent een sparringpartner met overtuigingskracht.
Wij bieden een salaris volgens cao VVT (FWG 60), 32–36 uur, een eindejaarsuitkering en opleidingsmogelijkheden.`,
  },
  {
    id: 'v10',
    lang: 'nl',
    family: 'customer',
    title: 'Klantenservicemedewerker',
    text: `Voor onze webwinkel in huishoudelijke apparaten zoeken wij klantvriendelijke klantenservicemedewerkers in Groningen, voor 24 tot 38 uur per week.
Als klantenservicemedewerker ben jij de stem van ons bedrijf. Je beantwoordt vragen van klanten via telefoon, e-mail, chat en WhatsApp over bestellingen, leveringen, retouren en garantie. Je lost klachten op, regelt reparaties met onze servicepartners en legt alle contacten vast in ons CRM-systeem (Zendesk). Je denkt mee over het verbeteren van onze processen en informeert klanten proactief over vertragingen. Je werkt met doelen voor klanttevredenheid en bereikbaarheid.
Wat vragen wij?
- Minimaal een mbo-4 werk- en denkniveau;
- Ervaring in een klantcontactcenter of in de klantenservice is een pré;
- Je spreekt en schrijft uitstekend Nederlands; Engels en Duits zijn een pluspunt;
- Je bent klantgericht, geduldig en stressbestendig;
- Beschikbaar op doordeweekse dagen en één zaterdag per maand.
Wij bieden een goede training, een salaris tot € 2.700, personeelskorting en een gezellig team.`,
  },
  {
    id: 'v11',
    lang: 'nl',
    family: 'teacher',
    title: 'Docent wiskunde (tweedegraads)',
    text: `Onze scholengemeenschap in Nijmegen zoekt per 1 februari een enthousiaste docent wiskunde voor de onderbouw en de bovenbouw havo/vmbo, voor 0,6–0,8 fte.
Je verzorgt lessen wiskunde aan klassen van gemiddeld 26 leerlingen. Je bereidt lessen voor, ontwikkelt lesmateriaal en toetsen, en maakt gebruik van digitale leermiddelen zoals Magister en Getal & Ruimte online. Je houdt rekening met verschillen tussen leerlingen en differentieert in je lessen. Als mentor begeleid je een klas, onderhoud je contact met ouders en signaleer je problemen bij leerlingen. Je werkt samen in de sectie wiskunde aan de doorlopende leerlijn en aan examens.
Wat vragen wij?
- Een tweedegraads bevoegdheid wiskunde, of je bent bijna klaar met de lerarenopleiding;
- Didactisch sterk en een goede orde in de klas;
- Betrokken bij leerlingen en collega's.
Zij-instromers met een bètaopleiding zijn van harte welkom: wij begeleiden je bij het halen van je bevoegdheid.
Wij bieden een salaris volgens cao VO (schaal LB), een inwerkprogramma voor nieuwe docenten en een betrokken team.`,
  },
  {
    id: 'v12',
    lang: 'nl',
    family: 'operator',
    title: 'Productiemedewerker / operator',
    text: `Voor onze fabriek in Veghel, waar wij verpakkingsmaterialen produceren, zoeken wij operators in volcontinudienst.
Als operator bedien en bewaak je een of meer productielijnen. Je stelt de machines in, zet ze om bij een nieuwe order, voert kwaliteitscontroles uit en registreert productiegegevens. Kleine storingen los je zelf op; bij grotere storingen schakel je de technische dienst in. Je houdt je werkplek schoon volgens 5S en werkt volgens de veiligheids- en hygiëne-instructies. Je denkt mee over verbeteringen in het kader van lean manufacturing.
Wat vragen wij?
- Een mbo-diploma, bij voorkeur procestechniek of operator (niveau 2 of 3);
- Ervaring als operator of productiemedewerker in een productieomgeving;
- Technisch inzicht en oog voor kwaliteit;
- Bereid in vijfploegendienst te werken.
Wij bieden een salaris tot € 3.300 plus ploegentoeslag, een opleiding tot operator B, goede secundaire arbeidsvoorwaarden en doorgroeimogelijkheden.`,
  },
  {
    id: 'v13',
    lang: 'en',
    family: 'nurse',
    title: 'Registered Nurse – Internal Medicine Ward',
    text: `Our hospital in Amersfoort is looking for registered nurses to join the internal medicine ward, 24 to 32 hours a week. English-speaking nurses with a BIG registration (or in the process of obtaining it) are welcome; we offer Dutch language lessons.
As a nurse you are responsible for the complete nursing care of a fixed group of patients. You observe and report changes in their condition, carry out clinical procedures such as inserting IV lines and catheters, wound care and administering medication. You draw up the nursing care plan and evaluate it with the patient and their family. You work closely with physicians, physiotherapists and dieticians and take part in multidisciplinary meetings. You also supervise nursing students.
What we ask:
- A nursing degree (bachelor or vocational) and a BIG registration as a nurse;
- Hospital experience, preferably on a medical or surgical ward;
- Accurate use of the electronic health record;
- Willingness to work irregular shifts, including nights and weekends.
What we offer: salary according to the hospital collective agreement, an end-of-year bonus, good training opportunities and a close team.`,
  },
  {
    id: 'v14',
    lang: 'en',
    family: 'javadev',
    title: 'Senior Java Developer',
    text: `Our Digital Services team in Utrecht is looking for a Senior Java Developer to take our backend systems to the next level. English is our working language.
You design, build and maintain applications in Java 21 and Spring Boot. You write REST APIs and integrations with other systems, model data in PostgreSQL and write efficient SQL queries. You write unit tests with JUnit and guard code quality through code reviews and SonarQube. You work in a Scrum team with a product owner, testers and frontend developers, and you contribute to the software architecture and our move to microservices. Our pipelines run in GitLab CI and we deploy with Docker and Kubernetes.
What you bring:
- A bachelor's or master's degree in computer science or similar;
- At least five years of experience with Java development and the Spring framework;
- Knowledge of Git, Maven or Gradle and object-oriented programming;
- Experience with agile ways of working; knowledge of Kafka or Azure is a plus;
- You enjoy mentoring junior developers.
We offer a salary up to € 6,200, a 36-hour week, a home-office allowance, a personal training budget and a laptop of your choice.`,
  },
  {
    id: 'v15',
    lang: 'en',
    family: 'data',
    title: 'Data Analyst',
    text: `Do you enjoy turning data into insights that help management make better decisions? Our Business Intelligence team in The Hague is looking for a data analyst.
You collect and combine data from several sources, such as our ERP system and the data warehouse. You write SQL queries, build dashboards and reports in Power BI and analyse trends with Python (pandas) or R. You translate questions from departments into analyses, perform statistical analysis and present your findings clearly to non-technical colleagues. You monitor data quality and document KPI definitions. Together with data engineers you improve the data models.
What we ask:
- A bachelor's or master's degree in econometrics, statistics, computer science or business;
- At least two years of experience as a data analyst or BI specialist;
- Strong SQL and a visualisation tool (Power BI, Tableau);
- Experience with Python or R and advanced Excel;
- Analytical, curious and a good communicator.
We offer a salary of € 3,800 – € 5,200 for 36 hours, hybrid working and room for training.`,
  },
  {
    id: 'v16',
    lang: 'en',
    family: 'sysadmin',
    title: 'System Administrator (Linux/Windows)',
    text: `We are a managed service provider in Amersfoort and we are looking for a system administrator to keep the IT infrastructure of our customers secure and available.
You manage Windows Server and Linux servers, Active Directory, Microsoft 365 and Azure environments. You install and configure servers, virtualisation with VMware, firewalls and network equipment, and you monitor systems with Zabbix. You handle incidents and changes from our ticketing system (TOPdesk), analyse root causes and document configurations. You automate recurring tasks with PowerShell and Bash scripts, maintain backups and patch management, and take part in the on-call rotation. You advise customers about security and continuity.
What we ask:
- A vocational or bachelor's degree in ICT (system and network administration);
- Three years of experience as a system administrator or IT support engineer;
- Knowledge of networking (TCP/IP, VLANs, VPN) and certifications such as MCSA, CCNA or Linux+ are a plus;
- ITIL awareness and a service-minded attitude.
We offer a salary up to € 4,600, a lease car, certification budget and a team that likes to share knowledge.`,
  },
  {
    id: 'v17',
    lang: 'en',
    family: 'planner',
    title: 'Logistics Planner',
    text: `Our transport and logistics company in Venlo is looking for a logistics planner for our international road transport department.
As a logistics planner you plan the daily transport orders of our fleet of 60 trucks across the Benelux and Germany. You build efficient routes, allocate drivers and trailers, and make sure that loading and delivery times are met. You monitor trips in our transport management system and adjust the planning when there are delays, breakdowns or last-minute orders. You communicate with customers, warehouses and drivers, and you keep track of driving and rest times. You analyse planning performance, look for ways to reduce empty kilometres and costs, and report on KPIs in Excel.
What we ask:
- A vocational or bachelor's degree in logistics;
- At least two years of experience as a transport planner or logistics planner;
- Experience with a TMS and good Excel skills;
- Stress resistant and a strong communicator in Dutch, English and preferably German.
We offer a salary up to € 4,000, a permanent contract, training and a dynamic working environment.`,
  },
  {
    id: 'v18',
    lang: 'en',
    family: 'electrician',
    title: 'Electrician (lead installer)',
    text: `Our office in Eindhoven is looking for an experienced electrician to lead installation work in commercial and residential construction projects.
You install and test electrical systems in new-build and renovation projects: you lay conduits, pull cables, mount distribution boards and switchgear, and connect lighting, sockets and EV chargers. You read electrical drawings and wiring diagrams, inspect installations according to NEN 1010 and NEN 3140 and troubleshoot faults. As lead installer you supervise one or two colleagues, coordinate with the site manager and other trades and make sure the handover is clean. Increasingly you also install solar panels and inverters.
What we ask:
- A vocational diploma in electrical engineering;
- Experience as an electrician or installation technician;
- VCA safety certificate and a driving licence;
- Knowledge of NEN 1010; experience with solar panels is a plus.
We offer a salary according to the collective agreement for installation companies, a company van, training and a permanent contract.`,
  },
  {
    id: 'v19',
    lang: 'en',
    family: 'controller',
    title: 'Financial Controller',
    text: `Our international manufacturing company in Rotterdam is looking for a financial controller who is a true business partner for management.
You are responsible for the monthly, quarterly and annual closing and reporting under Dutch GAAP and IFRS. You prepare the budget and forecasts together with department heads, analyse variances and explain them to management. You monitor and improve internal control, administrative processes and the financial systems (SAP, Power BI). You prepare the annual accounts and are the contact person for the external auditor and the tax adviser. You also draw up business cases for investments and calculate cost prices. You supervise two financial administrative employees.
What we ask:
- A master's degree in business economics, accountancy or controlling (RC or RA is a plus);
- At least five years of experience in controlling, preferably in a production environment;
- Excellent knowledge of Excel and experience with SAP;
- Analytical, proactive and able to challenge management.
We offer a salary of € 5,500 – € 7,000, a bonus scheme, a lease car and flexible working hours.`,
  },
  {
    id: 'v20',
    lang: 'en',
    family: 'hr',
    title: 'HR Advisor',
    text: `Are you an experienced HR advisor who supports managers on all people matters? Our healthcare organisation in Utrecht is looking for you.
As HR advisor you are the first point of contact for the managers of four locations. You advise on employment law, the collective labour agreement, performance management, absenteeism and reintegration. You guide reorganisations, carry out the absence policy together with the company doctor and contribute to recruitment and selection and strategic workforce planning. You identify trends in HR figures and translate them into policy. You also work on projects such as the new appraisal policy and improving onboarding. You work in AFAS.
What we ask:
- A bachelor's degree in human resource management;
- At least three years of experience as an HR advisor;
- Good knowledge of Dutch employment law and absence management;
- You are a sparring partner with persuasive power.
We offer a salary according to the collective agreement, 32–36 hours, an end-of-year bonus and development opportunities.`,
  },
  {
    id: 'v21',
    lang: 'en',
    family: 'sales',
    title: 'Account Manager B2B (field sales)',
    text: `We supply office furniture and workplace solutions to companies across the Netherlands and are looking for a driven account manager for the region Utrecht–Gelderland.
As an account manager you are responsible for growing turnover with existing business customers and for acquiring new ones. You visit customers, identify their needs, give product presentations and prepare quotations. You negotiate prices and conditions and close deals. You maintain long-term relationships and keep your pipeline and customer contacts up to date in Salesforce. You work closely with our interior designers and the internal sales team, and you report on your targets to the sales manager. You also represent the company at trade fairs.
What we ask:
- A bachelor's degree in commercial economics or similar;
- At least three years of experience in B2B sales or account management;
- Strong negotiation and presentation skills, commercially driven and result-oriented;
- Experience with a CRM system; a driving licence.
We offer a base salary up to € 4,500 plus commission, a lease car, laptop and phone, and a sales training programme.`,
  },
  {
    id: 'v22',
    lang: 'en',
    family: 'cook',
    title: 'Cook / Chef de partie',
    text: `Our busy brasserie in the centre of Amsterdam, with 120 seats and a terrace, is looking for a cook (chef de partie) to strengthen our kitchen team.
You prepare dishes from our seasonal menu à la carte and for groups, and you are responsible for your own station, such as the grill or the cold kitchen. You do the mise en place, prepare sauces and stocks, and make sure every plate leaves the kitchen on time and looks good. You work according to HACCP hygiene rules, check incoming deliveries, keep stock and help with ordering. You think along with the head chef about new dishes and you coach kitchen assistants and apprentices.
What we ask:
- A vocational diploma as a cook (level 3 or 4) or equivalent experience;
- At least two years of experience in a professional kitchen;
- Knowledge of HACCP and food safety;
- Available in the evenings and weekends; you keep calm under pressure.
We offer a salary according to the hospitality collective agreement, tips, staff meals and a fun team.`,
  },
  {
    id: 'v23',
    lang: 'en',
    family: 'operator',
    title: 'Production Operator',
    text: `Our factory in Veghel, where we produce packaging materials, is looking for production operators in a continuous shift schedule.
As an operator you run and monitor one or more production lines. You set up the machines, change them over for a new order, perform quality checks and record production data. You solve small breakdowns yourself; for larger failures you call in the maintenance department. You keep your workplace clean according to 5S and follow safety and hygiene instructions. You contribute ideas for improvement within lean manufacturing.
What we ask:
- A vocational diploma, preferably in process technology or as an operator;
- Experience as an operator or production worker in a manufacturing environment;
- Technical insight and an eye for quality;
- Willing to work in a five-shift schedule.
We offer a salary up to € 3,300 plus shift allowance, training to operator level B, good benefits and opportunities to grow. Knowledge of Dutch is not required: the work instructions are also in English.`,
  },
  {
    id: 'v24',
    lang: 'en',
    family: 'customer',
    title: 'Customer Service Representative (English-speaking)',
    text: `Our online shop for home appliances is growing across Europe. For our office in Groningen we are looking for customer service representatives who speak English fluently, for 24 to 38 hours a week.
As a customer service representative you are the voice of our company. You answer questions from customers by phone, email, chat and WhatsApp about orders, deliveries, returns and warranty. You solve complaints, arrange repairs with our service partners and log every contact in our CRM system (Zendesk). You think along about improving our processes and inform customers proactively about delays. You work with targets for customer satisfaction and response times.
What we ask:
- Vocational level education or higher;
- Experience in a contact centre or customer service is a plus;
- Excellent English; Dutch or German is a plus;
- Customer-oriented, patient and able to handle stress;
- Available on weekdays and one Saturday a month.
We offer good training, a salary up to € 2,700, a staff discount and a friendly team.`,
  },
];
