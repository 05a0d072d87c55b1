// General word lists for finding and typing names in news text. Nothing here is specific to
// any article: titles, role nouns, cue words, demonyms and a world gazetteer.

const words = (s: string): string[] => s.trim().split(/\s*\|\s*|\n+/).map((w) => w.trim()).filter(Boolean);

/** Titles written before a person's name; multiword titles first so the longest wins. */
export const PERSON_TITLES: string[] = words(`
Secretary of State | Secretary-General | Secretary General | Director-General | Director General | Prime Minister | Deputy Prime Minister | Foreign Minister |
Defence Minister | Defense Minister | Finance Minister | Interior Minister | Health Minister | Justice Minister |
National Security Adviser | Security Adviser | Chief of Staff | Rear Admiral | Vice Admiral | Lieutenant General |
Lieutenant Colonel | Major General | Brigadier General | Lt. Gen. | Lt. Col. | Maj. Gen. | Brig. Gen. | Lt Gen | Lt Col | Maj Gen | Brig Gen | Field Marshal | Air Marshal | Attorney General | Supreme Leader | Crown Prince |
Vice President | President | Premier | Minister | Secretary | Chancellor | Senator | Sen. | Rep. | Representative |
Congressman | Congresswoman | Governor | Gov. | Mayor | Ambassador | Envoy | Spokesman | Spokeswoman | Spokesperson |
Director | Commissioner | Chairman | Chairwoman | Chair | Speaker | General | Gen. | Lt. | Col. | Colonel | Major |
Maj. | Captain | Capt. | Sergeant | Sgt. | Admiral | Commander | Lieutenant | Brigadier | Marshal | King | Queen |
Prince | Princess | Sheikh | Sheikha | Emir | Sultan | Pope | Cardinal | Archbishop | Bishop | Rabbi | Imam |
Father | Sister | Judge | Justice | Dr. | Dr | Prof. | Professor | Mr. | Mr | Mrs. | Mrs | Ms. | Ms | Sir | Dame | Lord | Lady |
Chief | Leader | Head | CEO | Chief Executive | Chief Executive Officer | Chief Financial Officer | Chief Operating Officer |
Chief Technology Officer | Chief Economist | Chief Constable | Chief Inspector | Detective Chief Inspector |
Detective Inspector | Detective Sergeant | Detective Constable | Detective Superintendent | Superintendent | Inspector |
Constable | Sheriff | Prosecutor | District Attorney | City Clerk | Town Clerk | County Clerk | Clerk | Councillor |
Councilor | Councilman | Councilwoman | Alderman | Coach | Manager
`);

/** Lowercase role nouns that, right before a capitalised name, say the name is a person. */
export const PERSON_ROLE_NOUNS = new Set(words(`
spokesman | spokeswoman | spokesperson | official | officials | minister | envoy | chief | leader | director | president |
commander | correspondent | journalist | reporter | analyst | photographer | resident | mother | father | son | daughter |
executive | wife | husband | brother | sister | premier | chancellor | ambassador | negotiator | mediator | adviser | advisor |
secretary | lawmaker | senator | governor | mayor | general | colonel | captain | doctor | surgeon | nurse | professor |
researcher | expert | economist | historian | activist | lawyer | attorney | judge | candidate | founder | ceo |
chairman | chairwoman | coordinator | representative | head | deputy | aide | member | survivor | student | teacher |
singer | actor | actress | meteorologist | scientist | economist | spokesman |  author | writer | editor | columnist | cleric | emir | king | queen | prince | rapper | player |
coach | striker | manager | captain | counterpart | predecessor | successor
`));

/** Lowercase nouns that, right before a capitalised name, say the name is an organisation. */
export const ORG_ROLE_NOUNS = new Set(words(`
group | movement | organisation | organization | militia | faction | party | agency | company | firm | network |
broadcaster | newspaper | outlet | channel | platform | alliance | coalition | union | charity | bank | ministry |
journal | magazine | carmaker | automaker | retailer | insurer | lender | airline | manufacturer | startup | regulator | club | team
`));

/** Head words that make a capitalised name an organisation ("Defense Ministry", "Al-Qassam Brigades"). */
export const ORG_HEADS = new Set(words(`
Ministry | Department | Office | House | Agency | Council | Brigades | Brigade | Forces | Force | Army | Navy | Police |
Party | Movement | Bureau | Committee | Authority | Coordinator | Corporation | Corp | Company | Co | Inc | Ltd | Group |
Organisation | Organization | Union | Court | Tribunal | Times | News | Post | Press | Journal | Network | Institute |
University | College | Foundation | Fund | Service | Services | Commission | Parliament | Assembly | Senate | Congress |
Cabinet | Programme | Program | Association | Society | Church | Federation | Guard | Guards | Corps | Front | Alliance |
Coalition | League | Board | Bank | Agency | Administration | Directorate | Secretariat | Centre | Center | Command |
Federal Reserve | Reserve | Exchange | Airlines | Airways | Television | TV | Radio | Broadcasting | Herald | Tribune |
Gazette | Observer | Telegraph | Guardian | Review | Magazine | Committee | Mission | Watch | Initiative | Crescent |
Cross | Jihad | Nations | Unit | Units | Division | Battalion | Regiment | Squadron | Forum | Trust | Campaign | Syndicate | Consortium |
Motors | Motor | Holdings | Industries | Technologies | Pharmaceuticals | Partners | Ventures | Labs | Enterprises | Investments |
Securities | Insurance | Bancorp | Plc | PLC | LLC | GmbH | Stores | Brands | Petroleum | Chemicals | Studios | Entertainment | Staff
`));

/** Head words of named laws and pacts ("Data Protection Act", "Paris Agreement"): documents, not actors. */
export const DOCUMENT_HEADS = new Set(words(`
Act | Acts | Regulation | Directive | Treaty | Convention | Conventions | Accord | Accords | Agreement | Protocol |
Charter | Amendment | Doctrine | Declaration | Resolution
`));

/** Capitalised portfolio words written before a title ("Health Secretary", "Shadow Chancellor"): part of the title, not a name. */
export const PORTFOLIOS = new Set(words(`
Foreign | Defence | Defense | Finance | Interior | Health | Justice | Education | Home | Culture | Transport | Energy |
Environment | Trade | Labour | Labor | Agriculture | Economy | Economic | Treasury | Housing | Security | Communications |
Information | Tourism | Water | Climate | Digital | Science | Industry | Commerce | Welfare | Work | Works | Immigration |
Development | Business | Sport | Sports | Veterans | Homeland | Intelligence | Budget | Shadow | Junior | Deputy | Acting |
Former | Interim | National | Public | Affairs | Social | Internal | External | Religious | Heritage | Strategic | Civil
`));

/** Head words that make a capitalised name a place ("Kuwait City", "Jordan Valley"). */
export const PLACE_HEADS = new Set(words(`
City | Strip | Corridor | Valley | River | Mountains | Mountain | Mount | Province | Governorate | District |
Region | Crossing | Camp | Square | Street | Road | Avenue | Airport | Port | Harbour | Harbor | Heights | Island |
Islands | Peninsula | Sea | Ocean | Gulf | Bay | Lake | Desert | Coast | County | State | Territory | Territories |
Hospital | Kibbutz | Moshav | Village | Town | Park | Bridge | Canal | Plateau | Hills | Hill | Oblast | Prefecture |
Neighbourhood | Neighborhood | Quarter | Highway | Border | Gate | Compound | Mosque | Temple | Cathedral | Stadium
`));

/** Capitalised words before a name that make it a place ("Kibbutz Beeri", "Mount Hermon"). */
export const PLACE_PREFIXES = new Set(words('Kibbutz | Moshav | Mount | Lake | Cape | Fort | Port | Saint | St. | San | Santa | Camp'));

/** Lowercase words right after a name that type it. */
export const PLACE_AFTER = new Set(words(`
camp | crossing | border | neighbourhood | neighborhood | district | province | region | governorate | city | town |
village | area | refugee | hospital | airport | port | valley | square | street | checkpoint | settlement | enclave |
estate | ranch | resort | palace | airbase | district | county | state
`));
export const PERSON_AFTER = new Set(words('family | clan | household'));
export const ORG_AFTER = new Set(words(`
website | platform | app | newspaper | agency | broadcaster | channel | spokesman | spokeswoman | spokesperson |
statement | official | officials | militants | fighters | militia | leadership | delegation | negotiators |
movement | group | ministry | government | members | leader | leaders | chief | politburo
`));

/** Who speaks for a person ("Varga's office said", "His lawyer said"). */
export const PERSON_MOUTHPIECES = new Set(words('office | spokesman | spokeswoman | spokesperson | lawyer | lawyers | aide | aides | campaign'));

/** What only a person has, after a possessive ("Varga's wife"): the name is a person's. */
export const PERSON_POSSESSIONS = new Set([...PERSON_MOUTHPIECES, ...words('wife | husband | son | daughter | adviser | advisers | advisor')]);

/** Acronyms of common nouns, never names ("20% of GDP", "a PhD"). */
export const COMMON_ACRONYMS = new Set(words('GDP | GNP | CPI | VAT | IPO | PhD | DNA | HIV | AIDS | COVID | ID | IDs | PR | TV | GPS | SUV | ATM | PIN | FAQ | CEO | CFO | COO | CTO'));

/** International news outlets, often named as who was told ("told Al Jazeera"): organisations, not people. */
export const NEWS_OUTLETS = new Set(words(`
Al Jazeera | Al Arabiya | Reuters | Associated Press | Agence France-Presse | Bloomberg | Sky News | Fox News |
New York Times | Washington Post | Wall Street Journal | Financial Times | Anadolu | Xinhua | Interfax | Euronews |
Deutsche Welle | Al Mayadeen
`));

/** Social platforms named as where something was said: companies, not places. */
export const PLATFORMS = new Set(words('Telegram | Facebook | Twitter | Instagram | YouTube | TikTok | WhatsApp | Signal | Truth Social | Threads | Weibo | WeChat | LinkedIn | Reddit | Bluesky'));

/** Prepositions that make an unknown capitalised name a place ("in Najaf", "near Tulkarem"). */
export const PLACE_PREPOSITIONS = new Set(words('in | at | from | near | into | across | toward | towards | outside | inside | around | to | through | throughout | between | within | via | across'));

/** Particles inside names ("Abu", "al-", "bin", "van der"). */
export const NAME_PARTICLES = new Set(words('do | dos | das | al | Al | el | El | bin | Bin | ibn | Ibn | abu | Abu | ben | Ben | bint | de | De | del | della | der | van | Van | von | Von | da | di | du | la | le | ul | Abdel | Abd | Umm | Ould'));

/** Heads that take "of" inside a name ("State of Kuwait", "Ministry of Health", "Coordinator of ..."). */
export const OF_HEADS = new Set(words(`
State | Republic | Kingdom | Emirate | Emirates | University | Bank | Ministry | Department | Office | Council |
Coordinator | Board | Court | Union | League | Organization | Organisation | Institute | Gulf | Sea | Bay | Strait |
Isle | Isles | City | Federation | Army | Party | Association | Society | Church | Cape | Commission | Committee |
Secretary | Minister | Chief | Director | Government | Museum | School | College | Academy | Bureau | Agency |
Activities | Office | Chamber | House | Port | Mount | Lake | Order | Centers | Centres | Center | Centre | Institutes | Council | Coalition | Alliance | Federation | Fund
`));

/** Words that end a run of capitalised words when they start a sentence or a headline. */
export const COMMON_CAPITALISED = new Set(words(`
The | A | An | This | That | These | Those | It | Its | He | She | They | We | I | You | His | Her | Their | Our | My |
Ramadan | Eid | Christmas | Easter | Passover | Hanukkah | Diwali | Thanksgiving | Sabbath |
Your | But | And | Or | So | Yet | If | When | While | As | After | Before | Since | Until | Although | Though | Because |
In | On | At | By | For | From | With | Without | Of | To | Into | Over | Under | Between | Among | Amid | During |
Through | Across | Against | About | Above | Below | Near | Following | According | Despite | Meanwhile | However |
Instead | Also | Still | Even | Only | Just | Already | Now | Then | Later | Earlier | Today | Yesterday | Tomorrow |
There | Here | Where | What | Who | Whom | Whose | Which | Why | How | All | Some | Many | Most | More | Much | Few |
Several | Both | Each | Every | Other | Another | Such | No | Not | Nor | None | One | Two | Three | Four | Five | Six |
Seven | Eight | Nine | Ten | First | Second | Third | Last | Next | New | Old | Key | Top | Senior | Former | Live |
Story | File | Photo | Video | Watch | Read | More | Share | Skip | Main | Content | Home | News | Breaking | Update |
Updated | Published | Analysis | Opinion | Editorial | Death | Deaths | Toll | Residents | Militants | People | Officials |
Prospects | Scores | Dozens | Hundreds | Thousands | Millions | Fighters | Troops | Soldiers | Civilians | Children |
Women | Men | Families | Hostages | Prisoners | Protesters | Critics | Supporters | Leaders | Experts | Analysts |
Negotiators | Mediators | Sources | Witnesses | Medics | Doctors | Aid | Talks | Negotiations |
Ceasefire | Truce | War | Attack | Attacks | Strikes | Airstrikes | Israeli | Residents | Such | Earlier | Speaking |
Asked | Responding | Addressing | Referring | Citing | Quoting | Describing | Calling | Noting | Adding | Saying |
Asked | Yes | Oh | Well | Please | Thank | Thanks | Everything | Nothing | Something | Anything | Everyone | Nobody |
Someone | Anyone | Where | Hopefully | Unfortunately | Infuriatingly | Unapologetic | Analyst | Through | Bringing |
Hostilities |
Sunday | Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Mr | Mrs | Ms | Dr | Sir | Let | Do | Does | Did |
Is | Are | Was | Were | Be | Been | Has | Have | Had | Will | Would | Can | Could | Shall | Should | May | Might | Must
`));

/** Demonyms and nationality adjectives (not mentions), with the country they stand for when a source is unnamed. */
const DEMONYM_COUNTRIES = new Map<string, string>(
  words(`
Afghan=Afghanistan | Albanian=Albania | Algerian=Algeria | American=United States | Angolan=Angola | Argentine=Argentina |
Argentinian=Argentina | Armenian=Armenia | Australian=Australia | Austrian=Austria | Azerbaijani=Azerbaijan |
Bahraini=Bahrain | Bangladeshi=Bangladesh | Belarusian=Belarus | Belgian=Belgium | Bolivian=Bolivia | Bosnian=Bosnia |
Brazilian=Brazil | British=United Kingdom | Bulgarian=Bulgaria | Burmese=Myanmar | Cambodian=Cambodia |
Cameroonian=Cameroon | Canadian=Canada | Chadian=Chad | Chilean=Chile | Chinese=China | Colombian=Colombia |
Congolese=Congo | Croatian=Croatia | Cuban=Cuba | Cypriot=Cyprus | Czech=Czech Republic | Danish=Denmark | Dutch=Netherlands |
Ecuadorian=Ecuador | Egyptian=Egypt | Emirati=United Arab Emirates | English=England | Eritrean=Eritrea | Estonian=Estonia |
Ethiopian=Ethiopia | European=Europe | Filipino=Philippines | Finnish=Finland | French=France | Georgian=Georgia |
German=Germany | Ghanaian=Ghana | Greek=Greece | Guatemalan=Guatemala | Haitian=Haiti | Honduran=Honduras |
Hungarian=Hungary | Icelandic=Iceland | Indian=India | Indonesian=Indonesia | Iranian=Iran | Iraqi=Iraq | Irish=Ireland |
Israeli=Israel | Italian=Italy | Ivorian=Ivory Coast | Jamaican=Jamaica | Japanese=Japan | Jordanian=Jordan |
Kazakh=Kazakhstan | Kenyan=Kenya | Korean=Korea | Kosovar=Kosovo | Kurdish=Kurdistan | Kuwaiti=Kuwait | Kyrgyz=Kyrgyzstan |
Lao=Laos | Latvian=Latvia | Lebanese=Lebanon | Liberian=Liberia | Libyan=Libya | Lithuanian=Lithuania | Malaysian=Malaysia |
Malian=Mali | Maltese=Malta | Mauritanian=Mauritania | Mexican=Mexico | Moldovan=Moldova | Mongolian=Mongolia |
Montenegrin=Montenegro | Moroccan=Morocco | Mozambican=Mozambique | Namibian=Namibia | Nepali=Nepal | Nepalese=Nepal |
Nicaraguan=Nicaragua | Nigerian=Nigeria | Nigerien=Niger | Norwegian=Norway | Omani=Oman | Pakistani=Pakistan |
Palestinian=Palestine | Panamanian=Panama | Paraguayan=Paraguay | Peruvian=Peru | Polish=Poland | Portuguese=Portugal |
Qatari=Qatar | Romanian=Romania | Russian=Russia | Rwandan=Rwanda | Saudi=Saudi Arabia | Scottish=Scotland |
Senegalese=Senegal | Serbian=Serbia | Singaporean=Singapore | Slovak=Slovakia | Slovenian=Slovenia | Somali=Somalia |
South African=South Africa | Spanish=Spain | Sri Lankan=Sri Lanka | Sudanese=Sudan | Swedish=Sweden | Swiss=Switzerland |
Syrian=Syria | Taiwanese=Taiwan | Tajik=Tajikistan | Tanzanian=Tanzania | Thai=Thailand | Tunisian=Tunisia | Turkish=Turkey |
Turkmen=Turkmenistan | Ugandan=Uganda | Ukrainian=Ukraine | Uruguayan=Uruguay | Uzbek=Uzbekistan | Venezuelan=Venezuela |
Vietnamese=Vietnam | Welsh=Wales | Yemeni=Yemen | Zambian=Zambia | Zimbabwean=Zimbabwe | Arab=Arab world | Western=West
`).map((pair) => pair.split('=') as [string, string]),
);

const GROUP_WORDS = new Set(words('Americans | Britons | Brits | Arabs | Jews | Muslims | Christians | Europeans | Westerners | Sunnis | Shiites | Shias | Kurds | Jewish | Muslim | Christian | Sunni | Shiite | Shia | Islamic | Arabic | Hebrew | Druze | Bedouin | Persian | Latino | Latina | Asian | African | Asians | Africans'));

/** The country a nationality adjective stands for ("Egyptian" → "Egypt"). */
export function demonymCountry(word: string): string | undefined {
  return DEMONYM_COUNTRIES.get(word);
}

/** Plural and group forms of demonyms ("Palestinians", "Israelis"): not mentions either. */
export function isDemonym(word: string): boolean {
  if (DEMONYM_COUNTRIES.has(word)) return true;
  if (word.endsWith('s') && DEMONYM_COUNTRIES.has(word.slice(0, -1))) return true;
  if (word.endsWith('es') && DEMONYM_COUNTRIES.has(word.slice(0, -2))) return true;
  return GROUP_WORDS.has(word);
}

/** Countries, territories, regions and large cities: a general world gazetteer. */
export const PLACES = new Set(words(`
Afghanistan | Albania | Algeria | Andorra | Angola | Argentina | Armenia | Australia | Austria | Azerbaijan | Bahamas |
Bahrain | Bangladesh | Barbados | Belarus | Belgium | Belize | Benin | Bhutan | Bolivia | Bosnia | Botswana | Brazil |
Brunei | Bulgaria | Burkina Faso | Burundi | Cambodia | Cameroon | Canada | Chad | Chile | China | Colombia | Comoros |
Congo | Costa Rica | Croatia | Cuba | Cyprus | Czech Republic | Czechia | Denmark | Djibouti | Dominica | Ecuador | Egypt |
El Salvador | Eritrea | Estonia | Eswatini | Ethiopia | Fiji | Finland | France | Gabon | Gambia | Georgia | Germany |
Ghana | Greece | Grenada | Guatemala | Guinea | Guyana | Haiti | Honduras | Hungary | Iceland | India | Indonesia | Iran |
Iraq | Ireland | Israel | Italy | Ivory Coast | Jamaica | Japan | Jordan | Kazakhstan | Kenya | Kiribati | Kosovo | Kuwait |
Kyrgyzstan | Laos | Latvia | Lebanon | Lesotho | Liberia | Libya | Liechtenstein | Lithuania | Luxembourg | Madagascar |
Malawi | Malaysia | Maldives | Mali | Malta | Mauritania | Mauritius | Mexico | Moldova | Monaco | Mongolia | Montenegro |
Morocco | Mozambique | Myanmar | Namibia | Nauru | Nepal | Netherlands | New Zealand | Nicaragua | Niger | Nigeria |
North Korea | North Macedonia | Norway | Oman | Pakistan | Palau | Palestine | Panama | Papua New Guinea | Paraguay | Peru |
Philippines | Poland | Portugal | Qatar | Romania | Russia | Rwanda | Samoa | San Marino | Saudi Arabia | Senegal | Serbia |
Seychelles | Sierra Leone | Singapore | Slovakia | Slovenia | Somalia | South Africa | South Korea | South Sudan | Spain |
Sri Lanka | Sudan | Suriname | Sweden | Switzerland | Syria | Taiwan | Tajikistan | Tanzania | Thailand | Togo | Tonga |
Trinidad | Tunisia | Turkey | Turkiye | Turkmenistan | Tuvalu | Uganda | Ukraine | United Arab Emirates | UAE |
United Kingdom | UK | U.K. | Britain | Great Britain | England | Scotland | Wales | United States | US | U.S. | USA |
U.S.A. | America | Uruguay | Uzbekistan | Vanuatu | Vatican | Venezuela | Vietnam | Yemen | Zambia | Zimbabwe |
Europe | Asia | Africa | North America | South America | Latin America | Middle East | Gulf | Balkans | Caucasus | Sahel |
Scandinavia | Arctic | Antarctica | Crimea | Donbas | Kashmir | Tibet | Xinjiang | Hong Kong | Macau | Kurdistan | Darfur |
Kabul | Tirana | Algiers | Buenos Aires | Yerevan | Canberra | Sydney | Melbourne | Vienna | Baku | Manama | Dhaka |
Minsk | Brussels | Sarajevo | Brasilia | Rio de Janeiro | Sao Paulo | Sofia | Phnom Penh | Ottawa | Toronto | Montreal |
Vancouver | Santiago | Beijing | Shanghai | Bogota | Kinshasa | Havana | Nicosia | Prague | Copenhagen | Quito | Cairo |
Alexandria | Asmara | Tallinn | Addis Ababa | Helsinki | Paris | Marseille | Tbilisi | Berlin | Munich | Frankfurt |
Hamburg | Accra | Athens | Budapest | Reykjavik | New Delhi | Delhi | Mumbai | Jakarta | Tehran | Baghdad | Basra |
Mosul | Dublin | Jerusalem | Tel Aviv | Haifa | Rome | Milan | Tokyo | Amman | Astana | Nairobi | Pristina | Kuwait City |
Bishkek | Vientiane | Riga | Beirut | Tripoli | Benghazi | Vilnius | Kuala Lumpur | Bamako | Valletta | Mexico City |
Chisinau | Ulaanbaatar | Podgorica | Rabat | Casablanca | Maputo | Naypyidaw | Yangon | Kathmandu | Amsterdam | The Hague |
Wellington | Auckland | Managua | Abuja | Lagos | Pyongyang | Skopje | Oslo | Muscat | Islamabad | Karachi | Lahore |
Ramallah | Panama City | Asuncion | Lima | Manila | Warsaw | Lisbon | Doha | Bucharest | Moscow | St Petersburg | Kigali |
Riyadh | Jeddah | Mecca | Medina | Dakar | Belgrade | Freetown | Bratislava | Ljubljana | Mogadishu | Pretoria |
Johannesburg | Cape Town | Seoul | Juba | Madrid | Barcelona | Colombo | Khartoum | Stockholm | Bern | Geneva | Zurich |
Damascus | Aleppo | Homs | Idlib | Taipei | Dushanbe | Dodoma | Dar es Salaam | Bangkok | Tunis | Ankara | Istanbul |
Ashgabat | Kampala | Kyiv | Kiev | Kharkiv | Odesa | Mariupol | Abu Dhabi | Dubai | London | Manchester | Edinburgh |
Washington | New York | Los Angeles | Chicago | San Francisco | Boston | Miami | Houston | Montevideo | Tashkent |
Caracas | Hanoi | Ho Chi Minh City | Sanaa | Aden | Lusaka | Harare | Hodeidah | Erbil | Kirkuk | Mumbai | Karachi |
Sinai | Golan Heights | Red Sea | Mediterranean | Black Sea | Persian Gulf | Strait of Hormuz | Suez Canal | Nile |
Euphrates | Tigris | Jordan Valley | West Bank | Earth |
Alabama | Alaska | Arizona | Arkansas | California | Colorado | Connecticut | Delaware | Florida | Hawaii | Idaho |
Illinois | Indiana | Iowa | Kansas | Kentucky | Louisiana | Maine | Maryland | Massachusetts | Michigan | Minnesota |
Mississippi | Missouri | Montana | Nebraska | Nevada | New Hampshire | New Jersey | New Mexico | North Carolina |
North Dakota | Ohio | Oklahoma | Oregon | Pennsylvania | Rhode Island | South Carolina | South Dakota | Tennessee |
Texas | Utah | Vermont | Virginia | West Virginia | Wisconsin | Wyoming | Ala | Ariz | Ark | Calif | Colo | Conn | Del |
Fla | Ga | Ill | Ind | Kan | Ky | La | Md | Mass | Mich | Minn | Miss | Mo | Mont | Neb | Nev | Okla | Ore | Pa | Tenn |
Tex | Va | Vt | Wash | Wis | Wyo | Ontario | Quebec | Bavaria | Catalonia | Punjab | Sindh | Bengal | Kerala | West | East | Global South
`));

/** Single compass words that, leading a name, make it a region ("West Bank", "North Darfur"). */
export const COMPASS_WORDS = new Set(words('North | South | East | West | Northern | Southern | Eastern | Western | Central | Upper | Lower | Middle | Greater'));

/** Lowercase words after which a capitalised single token is likely a person's surname or name speaking. */
/** Plural common nouns that open sentences as the subject of a report ("Witnesses said"): not names. */
export const COMMON_SUBJECTS = new Set(words(`
officials | witnesses | residents | critics | analysts | experts | medics | doctors | rescuers | protesters | protestors |
sources | observers | diplomats | authorities | villagers | relatives | organisers | organizers | investigators |
prosecutors | supporters | opponents | officers | soldiers | troops | militants | fighters | negotiators | mediators |
parents | families | students | workers | paramedics | police | people | others | many | some | both | all | most |
few | several | they | we | you | he | she | it | lawmakers | ministers | leaders | activists | journalists | reporters |
researchers | scientists | economists | voters | survivors | neighbours | neighbors | demonstrators | nurses | staff |
officers | agencies | groups | governments | countries | states | members | residents | refugees | palestinians | israelis
`));

export const REPORTING_VERBS = new Set(words(`
said | says | say | told | tells | added | adds | warned | warns | urged | urges | accused | accuses | stated |
declared | declares | announced | announces | insisted | insists | argued | argues | claimed | noted |
explained | explains | asked | asks | replied | replies | responded | responds | wrote | writes | posted |
tweeted | reiterated | reiterates | stressed | stresses | confirmed | confirms | denied | denies | admitted | admits |
acknowledged | acknowledges | vowed | pledged | promised | threatened |
demanded | charged | alleged | alleges | suggested |
suggests | predicted | predicts | cautioned | cautions | signaled | signalled | maintained | maintains |
repeated | repeats | recalled | recalls | quoted | cited | commented | remarked |
observed | observes | added | continued | continues | concluded | concludes | emphasized | emphasised | emphasizes |
emphasises | underlined | underlines | conceded | concedes | boasted | complained | complains | lamented |
laments |
rejects |
hopes | revealed | reveals | shouted | shouts | cried |
whispered | joked | called | described | reported | demanded | blamed | condemned | criticized | criticised | dismissed | rejected | testified | testifies | briefed | informed | assured | assures | affirmed | affirms |
countered | retorted | wrote | responded | expressed | expresses | saying | adding | telling | warning |
urging | accusing | stating | declaring | announcing | insisting | arguing | claiming | noting | explaining | asking |
charging | calling | describing | stressing | vowing | pledging | promising | demanding | threatening | writing |
posting | tweeting | reiterating | confirming | denying | suggesting | cautioning | referring | citing | quoting
`));
