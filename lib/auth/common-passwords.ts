// The most common passwords (from the lists attackers try first: breach corpora and yearly
// top-password reports), lower-cased. Some are shorter than the minimum length on purpose: the
// policy also refuses them with digits or symbols around them ("Monkey2024!").
const LIST = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael
654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer
zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie
robert thomas hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper
1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua
cheese amanda summer love ashley 6969 nicole chelsea matthew access yankees 987654321 dallas austin
thunder taylor matrix william corvette hello martin heather secret merlin diamond 1234qwer gfhjkm
hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick internet scooter orange
11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken sparky snoopy
maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea smokey steelers
joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar monster tigers yellow
xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple banana junior hannah 123654
porsche lakers iceman money cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000 miller
boston q1w2e3r4 brandon yamaha chester mother forever johnny edward 333333 oliver redsox player
nikita knight fender barney midnight please brandy chicago badboy slayer rangers charles angel
flower bigdaddy rabbit wizard jasper enter rachel chris steven winner adidas victoria natasha
1q2w3e4r jasmine winter prince marine ghbdtn fishing cocacola casper james 232323 raiders 888888
marlboro gandalf asdfasdf crystal 87654321 12344321 golden 8675309 panther lauren angela spanky
thx1138 angels madison winston shannon mike toyota jordan23 canada sophie apples tiger razz 123abc
pokemon qazxsw 55555 qwaszx muffin johnson murphy cooper jonathan liverpoo david danielle 159357
jackie 1990 123456a 789456 turtle abcd1234 scorpion qazwsxedc 101010 butter carlos password1 dennis
slipknot qwerty123 booger asdf 1991 black startrek 12341234 cameron newyork rainbow nathan john
1992 rocket viking redskins asdfghjkl 1212 sierra peaches gemini doctor wilson sandra helpme
qwertyui victor florida dolphin pookie captain tucker blue liverpool theman bandit dolphins maddog
packers jaguar lovers nicholas united tiffany maxwell zzzzzz nirvana jeremy stupid monica elephant
giants jackass hotdog rosebud success debbie mountain 444444 xxxxxxxx warrior 1q2w3e4r5t q1w2e3
123456q albert metallic lucky azerty 7777 alex bond007 alexis 1111111 samson 5150 willie scorpio
bonnie gators benjamin voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a sydney
rush2112 1989 asdfghjk red123 qwertyu 010203 lovely emily jesus claire brooklyn 1qaz2wsx3edc
love123 iloveu sweety monkey1 hello123 freedom1 whatever1 qwerty1 welcome1 welcome123 admin
admin123 administrator root toor changeme letmein1 password12 password123 password1234 passw0rd
p@ssw0rd p@ssword pa55word pa55w0rd passwort motdepasse contrasena senha parola haslo salasana
wachtwoord lozinka 1q2w3e 1q2w3e4r5t6y zaq12wsx zaq1zaq1 zaq1xsw2 !qaz2wsx 1qazxsw2 qwerty12
qwerty1234 qwertyuiop123 asdf1234 asdfgh123 zxcvbnm123 abc12345 abcdefg abcdefgh abcdefghi
abcdef123 aa123456 a123456 a12345678 a1b2c3d4 a1b2c3 1a2b3c4d iloveyou1 iloveyou2 iloveyou123
princess1 sunshine1 football1 baseball1 superman1 batman123 michael1 jessica1 charlie1 jordan1
daniel1 ashley1 nicole1 chocolate butterfly babygirl lovely1 loveme beautiful sweetheart friends
flowers family1 anthony1 hunter2 trustno1! starwars1 dragon1 master1 shadow1 killer1 soccer1
hockey1 monkey12 monkey123 letmein123 welcome2 welcome12 login login123 guest guest123 user user123
test123 test1234 testing testing123 demo demo123 default 11223344 12121212 123456789a 1234567a
12345qwert 123qweasd 123qweasdzxc 1qazxsw23edc 147258369 147258 159951 741852963 963852741
987654321a 0987654321 9876543210 1234554321 123454321 12345678910 1234567891 11112222 1122334455
1357924680 2468013579 31415926 314159 3141592653 00000000 0000000000 1111111111 2222222222
5555555555 7777777777 9999999999 99999999 66666666 55555555 33333333 22222222 77777777 44444444
12345678a qwe123 qwe123qwe 123qwe123 1q2w3e4r5 zxc123 asd123 qaz123 wsx123 aaa111 aaaaaaaa abcabc
abcabc123 abc123abc 112233445566 121314 123123a 123321a 246810 369369 456789 654321a 789789 135790
102030 10203040 202020 303030 198989 19871987 19881988 19891989 19901990 19911991 19921992 19931993
19941994 19951995 19961996 19971997 19981998 19992000 20002000 20202020 20212021 20222022 20232023
20242024 20252025 20262026 summer2020 summer2021 summer2022 summer2023 summer2024 summer2025
summer2026 winter2020 winter2021 winter2022 winter2023 winter2024 winter2025 winter2026 spring2024
spring2025 spring2026 autumn2024 autumn2025 fall2025 january february march april june july august
september october november december monday tuesday wednesday thursday friday saturday sunday spring
autumn weekend holiday vacation christmas halloween easter birthday newyear happy happy123
happiness smile smiley laughing funny crazy secret1 secret123 mysecret private hidden unknown
nothing nopassword nopass blank empty none null undefined qwertz qwertzuiop azertyuiop ytrewq
poiuytrewq mnbvcxz lkjhgfdsa asdfghjkl123 zaqwsx zxcvbn123 1qw23e 1234asdf asdf123 asdfjkl jkl123
hjkl password! password1! password2 password3 password11 password01 password99 passpass pass123
pass1234 pass12345 pass1 mypass mypassword yourpassword thepassword newpassword oldpassword
password0 passwordpassword adminadmin administrator1 root123 rootroot sysadmin superuser supervisor
manager manager1 office office123 company business company123 work work123 server server123 system
system123 network internet1 computer1 laptop desktop windows windows10 windows7 microsoft apple
apple123 google google123 yahoo hotmail gmail facebook twitter instagram youtube linkedin amazon
netflix spotify paypal samsung1 iphone android nokia motorola sony lenovo dell hp ibm cisco oracle
linux ubuntu debian redhat unix mac macintosh ipad blackberry pokemon1 nintendo playstation xbox
xbox360 minecraft fortnite roblox zelda mario sonic pacman tetris warcraft starcraft diablo2
counter halo gaming gamer player1 matrix1 neo trinity morpheus hacker hacker1 h4ck3r l33t elite
1337 31337 leet cyber cyberpunk ninja samurai shogun dragon123 dragons dragonball naruto sasuke
goku vegeta pikachu charizard batman1 superman12 spiderman ironman hulk thor captainamerica
avengers marvel starwars123 jedi skywalker vader yoda chewbacca hansolo darthvader lightsaber
startrek1 enterprise spock kirk picard gandalf1 frodo hobbit mordor sauron aragorn legolas
harrypotter hogwarts hermione voldemort dumbledore gryffindor slytherin potter twilight vampire
zombie ghost witch wizard1 magic magician merlin1 excalibur camelot lancelot arthur kingdom king
queen prince1 princesa royal castle knight1 warrior1 soldier army navy marines airforce military
sniper gunner hunter1 fisher fishing1 hunting outdoors camping nature forest mountain1 river ocean
beach island paradise heaven hell devil angel1 angels1 god jesus1 jesuschrist christ lord faith
hope love1 lovelove loveyou loveu iloveu2 iloveme imissyou forever1 together always never sweet
sweetie honey honey123 sugar candy cupcake cookies muffin1 cheese1 pizza pizza123 burger hotdog1
chicken1 bacon coffee1 tea beer beer123 whiskey vodka tequila wine drunk party party123 dance
dancing music music123 guitar1 piano drums rock rockstar rocknroll metal metallica slayer1
ironmaiden nirvana1 beatles elvis eminem tupac 50cent rihanna beyonce madonna shakira justinbieber
onedirection taylorswift football12 soccer12 basketball baseball12 volleyball tennis1 golf golfing
hockey12 rugby cricket boxing wrestling karate judo running cycling swimming skiing snowboard
surfing skate skater skateboard bmx racing racer speed nascar1 formula1 ferrari1 porsche1 mercedes1
bmw audi toyota1 honda nissan mazda subaru ford chevy chevrolet dodge jeep mustang1 camaro1
corvette1 harley1 ducati yamaha1 kawasaki suzuki lamborghini bugatti jaguar1 volvo tesla chelsea1
arsenal1 liverpool1 manchester manutd united1 barcelona realmadrid juventus milan inter bayern
dortmund ajax celtic rangers1 newcastle tottenham everton leeds cowboys1 patriots steelers1
packers1 eagles1 giants1 yankees1 redsox1 lakers1 bulls celtics knicks warriors raiders1 broncos
chiefs bears vikings ravens saints seahawks dolphins1 jets bills browns bengals colts texans titans
jaguars chargers rams niners 49ers buccaneers falcons panthers1 cardinals redskins1 canucks leafs
habs bruins flyers penguins blackhawks redwings oilers flames wildcats tigers1 lions bulldogs
trojans longhorns buckeyes wolverines hurricanes seminoles gators1 crimson huskies ducks beavers
cougars bobcats mustangs spartans titans1 dallas1 texas california florida1 newyork1 chicago1
boston1 london1 paris paris123 berlin madrid rome moscow tokyo china japan india brasil brazil
mexico canada1 america usa123 england france germany italy spain russia australia africa europe
asia ireland scotland wales holland sweden norway denmark finland poland ukraine turkey israel
egypt kenya nigeria korea vietnam thailand manila sydney1 melbourne toronto vancouver montreal
seattle denver phoenix1 houston austin1 atlanta miami detroit vegas lasvegas hollywood broadway
manhattan brooklyn1 jersey michael2 jennifer1 jessica12 amanda1 ashley12 sarah sarah1 emma olivia
sophia isabella mia ava abigail madison1 elizabeth emily1 chloe grace lily hannah1 natalie anna
annie samantha1 victoria1 rebecca laura lauren1 megan rachel1 stephanie heather1 nicole12 melissa1
michelle1 kimberly amy angela1 lisa mary maria mariana patricia linda barbara susan margaret
dorothy karen nancy betty helen sandra1 donna carol ruth sharon cynthia kathleen shirley deborah
pamela martha debra christina tina diana daisy rose lily1 jasmine1 crystal1 amber ruby pearl
sapphire diamond1 emerald jade violet scarlett ginger1 molly lucy bella luna stella nala coco
chloe1 sophie1 lola zoe max max123 buddy buddy1 rocky rocky1 jack jack123 charlie12 toby bear teddy
teddybear duke tucker1 bentley bailey1 cooper1 oscar leo milo simba shadow12 smokey1 tigger1 oreo
peanut1 pepper1 sammy lucky1 lucky7 lucky13 dog doggy doggie puppy puppy1 kitty kitty1 kitten cat
cats catdog mouse horse pony bunny monkey2 donkey turtle1 dolphin1 shark eagle falcon1 hawk raven
phoenix12 tiger1 lion panther2 cobra viper python snake spider1 scorpion1 wolf wolves fox foxy
bear1 bigbear bulldog1 pitbull husky rottweiler boxer poodle james1 john1 robert1 michael3 william1
david1 richard1 joseph1 thomas1 charles1 christopher chris1 daniel12 matthew1 anthony2 donald mark
paul steven1 andrew1 kenneth joshua1 kevin brian george1 edward1 ronald timothy jason1 jeffrey ryan
jacob gary nicholas1 eric jonathan1 stephen larry justin1 scott brandon1 benjamin1 samuel frank
gregory raymond alexander patrick1 jack1 dennis1 jerry tyler aaron jose henry adam douglas nathan1
peter zachary kyle walter harold jeremy1 ethan carl keith roger gerald christian terry sean austin2
noah lawrence jesse joe bryan billy jordan12 albert1 dylan bruce willie1 gabriel alan juan logan
wayne ralph roy eugene randy vincent russell louis philip bobby johnny1 bradley carlos1 mohammed
muhammad ahmed ali omar hassan fatima aisha maria1 jose1 juan1 luis pedro miguel antonio francisco
manuel javier carlos12 sergio alejandro pablo diego fernando ricardo roberto eduardo jorge mario1
marco marcos lucas mateo santiago gabriel1 rafael andre andrea1 alessandro giuseppe giovanni
francesco luca matteo lorenzo hans klaus peter1 stefan thomas2 michael12 andreas markus christian1
pierre jean jeanne marie nicolas julien sebastien olivier ivan dmitry sergey alexey vladimir
natasha1 olga svetlana tatiana irina elena anastasia wei wang zhang li liu chen yang huang zhao wu
zhou xu sun hiroshi takeshi yuki sakura kim lee park choi jung kang cho yoon jang lim
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
