#!/usr/bin/env python3
"""Writes quality-set.csv: labelled query/entry pairs for the matching engine (seeded, reproducible).

The label comes from how a pair was made, never from the engine: a variant of the same name (accents, order,
particles, alias, abbreviation, one typo, the same masked digits, the same full document) is a match; a homonym
whose masked digits or full document differ, an entry of the wrong kind, or a different person is not.
Run: python3 generate-quality-set.py > quality-set.csv
"""
import random
import unicodedata

rnd = random.Random(20261202)

FIRST = ("João José Maria Ana Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Luís Gabriel Rafael Daniel "
         "Marcelo Bruno Eduardo Felipe Raimundo Rodrigo Manoel Mateus André Fernando Fábio Leonardo Gustavo "
         "Guilherme Leandro Tiago Anderson Ricardo Márcio Jorge Sebastião Alexandre Roberto Edson Diego Vitor "
         "Sérgio Cláudio Juliana Adriana Márcia Fernanda Patrícia Aline Sandra Camila Amanda Bruna Jéssica Letícia "
         "Júlia Luciana Vanessa Mariana Gabriela Vera Larissa Cláudia Beatriz Luana Rita Sônia Renata Eliane "
         "Aparecida Helena Raquel Cristina Benedito Joaquim Otávio Heloísa Valéria Rosângela").split()
MIDDLE = ("Aparecida Cristina Eduardo Henrique Augusto Fernanda Carolina Antônio Roberto Vitória Luiza Gustavo "
          "Benedita Conceição Inácio Rosa Helena Cândido Matheus Vinícius Emanuel Rodrigues Batista Pires").split()
LAST = ("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho "
        "Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado "
        "Mendes Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Monteiro Brandão Magalhães Guimarães "
        "Assunção Falcão Gusmão Bittencourt Cavalcanti Albuquerque Figueiredo Medeiros Siqueira Queiroz").split()
INTL_FIRST = ("Mohammed Ahmad Hassan Hussein Omar Yusuf Ibrahim Khalid Tariq Farid Vladimir Sergei Dmitri Igor "
              "Viktor Alexei Nikolai Yevgeny Carlos Miguel Alejandro Javier Hans Klaus Jürgen Wolfgang Pierre "
              "François Ayman Nasser Rashid Jamal").split()
INTL_LAST = ("Rahman Qasim Haddad Karimi Mansour Suleiman Petrov Ivanov Sokolov Kuznetsov Volkov Morozov Lebedev "
             "González Rodríguez Hernández Martínez López García Moreno Castro Ortega Vargas Schmidt Müller "
             "Schneider Fischer Weber Dubois Lefèvre Rousseau Zawahiri Baghdadi Mughniyah").split()
ORG_HEAD = ("Comercial Construtora Transportadora Distribuidora Agropecuária Mineração Indústria Serviços "
            "Importadora Exportadora Metalúrgica Engenharia Consultoria Tecnologia Farmacêutica").split()
ORG_NAME = ("Alvorada Horizonte Paraná Tocantins Serra Azul Ipiranga Boa Vista Primavera Aurora Atlântico Cerrado "
            "Pantanal Guanabara Itaipu Jacarandá Mantiqueira Araucária Iguaçu Tapajós").split()
ORG_FORM = ["Ltda", "LTDA", "S.A.", "S/A", "Eireli", "Ltda - ME", ""]
PARTICLES = ["da", "de", "dos", "das", "do"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def cpf():
    while True:
        body = [rnd.randint(0, 9) for _ in range(9)]
        if len(set(body)) > 1:
            break
    for weight in (10, 11):
        total = sum(d * (weight - i) for i, d in enumerate(body))
        r = total % 11
        body.append(0 if r < 2 else 11 - r)
    return "".join(map(str, body))


def cnpj():
    body = [rnd.randint(0, 9) for _ in range(12)]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(d * w for d, w in zip(body, weights)) % 11
        body.append(0 if r < 2 else 11 - r)
    return "".join(map(str, body))


def person(intl=False):
    if intl:
        return [rnd.choice(INTL_FIRST), rnd.choice(INTL_FIRST + INTL_LAST), rnd.choice(INTL_LAST)][: rnd.choice([2, 3])]
    tokens = [rnd.choice(FIRST)]
    if rnd.random() < 0.6:
        tokens.append(rnd.choice(MIDDLE))
    if rnd.random() < 0.5:
        tokens.append(rnd.choice(PARTICLES))
    tokens.append(rnd.choice(LAST))
    if rnd.random() < 0.5:
        tokens.append(rnd.choice(LAST))
    if tokens[-1] == tokens[-2]:
        tokens.pop()
    return tokens


def company():
    return [rnd.choice(ORG_HEAD), rnd.choice(ORG_NAME), rnd.choice(ORG_NAME)][: rnd.choice([2, 3])]


def text(tokens):
    return " ".join(tokens)


def upper_listing(tokens):
    """As a list publishes it: SURNAME, Given names, in capitals, accents kept."""
    words = [t for t in tokens if t not in PARTICLES]
    return (words[-1] + ", " + " ".join(words[:-1])).upper()


def shuffled(tokens):
    t = tokens[:]
    while len(t) > 1 and t == tokens:
        rnd.shuffle(t)
    return t


def typo(tokens):
    candidates = [i for i, t in enumerate(tokens) if len(t) >= 5 and t not in PARTICLES]
    i = rnd.choice(candidates)
    w = strip_accents(tokens[i])
    p = rnd.randrange(1, len(w) - 1)
    kind = rnd.choice(["substitute", "delete", "insert", "swap"])
    letters = "abcdefghilmnoprstuvz"
    if kind == "substitute":
        w = w[:p] + rnd.choice([c for c in letters if c != w[p].lower()]) + w[p + 1:]
    elif kind == "delete":
        w = w[:p] + w[p + 1:]
    elif kind == "insert":
        w = w[:p] + rnd.choice(letters) + w[p:]
    else:
        w = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    return tokens[:i] + [w] + tokens[i + 1:]


def abbreviate(tokens):
    core = [i for i, t in enumerate(tokens) if t not in PARTICLES]
    i = rnd.choice(core[1:-1])
    return tokens[:i] + [tokens[i][0] + "."] + tokens[i + 1:]


def other_masked(doc):
    while True:
        m = "".join(str(rnd.randint(0, 9)) for _ in range(6))
        if m != doc[3:9]:
            return m


rows = []


def row(kind, query_doc, query_name, entry_kind, entry_name, expected, aliases=(), docs=(), masked=()):
    rows.append(";".join([kind, query_doc, query_name, entry_kind, entry_name, "|".join(aliases), "|".join(docs),
                          "|".join(masked), "yes" if expected else "no"]))


for _ in range(30):
    t = person(rnd.random() < 0.3)
    row("accent", cpf(), strip_accents(text(t)).lower(), "PERSON", text(t).upper(), True)
for _ in range(30):
    t = person(rnd.random() < 0.3)
    row("order", cpf(), text(t), "PERSON", rnd.choice([upper_listing(t), text(shuffled(t))]), True)
for _ in range(20):
    t = [x for x in person() if x not in PARTICLES]
    with_particle = t[:-1] + [rnd.choice(PARTICLES)] + t[-1:]
    row("particles", cpf(), text(t), "PERSON", text(with_particle), True)
for _ in range(30):
    t = person(rnd.random() < 0.4)
    other = person(rnd.random() < 0.4)
    alias = rnd.choice([text(t), upper_listing(t), strip_accents(text(t))])
    row("alias", cpf(), text(t), "PERSON", text(other), True, aliases=[text(person()), alias])
for _ in range(30):
    t = person()
    while len([x for x in t if x not in PARTICLES]) < 3:
        t = person()
    row("abbreviation", cpf(), text(t), "PERSON", text(abbreviate(t)), True)
for _ in range(50):
    t = person(rnd.random() < 0.3)
    row("typo", cpf(), text(t), "PERSON", text(typo(t)), True)
for _ in range(20):
    t = company()
    row("organization", cnpj(), text(t) + " " + rnd.choice(ORG_FORM), "ORGANIZATION",
        strip_accents(text(t)).upper() + " " + rnd.choice(ORG_FORM).upper(), True)
for _ in range(20):
    t, doc = person(), cpf()
    row("masked-same-digits", doc, text(t), "PERSON", strip_accents(text(t)).upper(), True, masked=[doc[3:9]])
for _ in range(15):
    doc = cpf()
    row("document", doc, text(person()), "PERSON", text(person()), True, docs=[doc])
for _ in range(40):
    t, doc = person(), cpf()
    row("homonym-masked", doc, text(t), "PERSON", strip_accents(text(t)).upper(), False, masked=[other_masked(doc)])
for _ in range(20):
    t = person()
    row("homonym-document", cpf(), text(t), "PERSON", text(t).upper(), False, docs=[cpf()])
for _ in range(10):
    t = company()
    row("homonym-cnpj", cnpj(), text(t) + " Ltda", "ORGANIZATION", text(t).upper() + " LTDA", False, docs=[cnpj()])
for _ in range(10):
    t = person()
    row("wrong-kind", cpf(), text(t), "ORGANIZATION", text(t) + " Ltda", False)
for _ in range(70):
    a, b = person(rnd.random() < 0.3), person(rnd.random() < 0.3)
    if [strip_accents(x) for x in a] == [strip_accents(x) for x in b]:
        continue
    row("different", cpf(), text(a), "PERSON", text(b), False, aliases=[text(person())] if rnd.random() < 0.3 else [])
for _ in range(30):
    a = person()
    while len([x for x in a if x not in PARTICLES]) < 3:
        a = person()
    b = a[:]
    if rnd.random() < 0.5:
        b[0] = rnd.choice([f for f in FIRST if f != a[0]])
    else:
        core = [i for i, t in enumerate(a) if t not in PARTICLES]
        i = rnd.choice(core[1:-1])
        b[i] = rnd.choice([m for m in MIDDLE + LAST if m != a[i]])
    row("shared-names", cpf(), text(a), "PERSON", text(b), False)
for _ in range(15):
    a, b = company(), company()
    if a != b:
        row("different", cnpj(), text(a) + " Ltda", "ORGANIZATION", text(b).upper() + " S.A.", False)

CURATED = [
    ("alias", "Osama bin Laden", "Usama BIN LADIN", ["Usama bin Muhammad bin Awad BIN LADIN", "Osama bin Laden"], True),
    ("alias", "Ayman al-Zawahiri", "AL-ZAWAHIRI, Ayman", ["Ayman al-Zawahry"], True),
    ("transliteration", "Mohamed Ahmad Hassan", "Mohammed Ahmad HASSAN", [], True),
    ("transliteration", "Muammar Gaddafi", "QADHAFI, Muammar", ["Muammar Gaddafi", "Moammar Gadhafi"], True),
    ("transliteration", "Viktor Fedorovych Yanukovych", "Viktor Fedorovich YANUKOVICH", [], True),
    ("accent", "Jürgen Müller", "MUELLER, Juergen", ["Jurgen Muller"], True),
    ("order", "Kim Jong Un", "KIM, Jong Un", [], True),
    ("punctuation", "Patrick O'Connor", "OCONNOR, Patrick", [], True),
    ("punctuation", "Jean-Pierre Bemba", "BEMBA, Jean Pierre", [], True),
    ("different", "Vladimir Ivanov", "Vladimir Petrov", [], False),
    ("different", "Mohammed Ali", "Mohammed Rahman", [], False),
    ("different", "Joao da Silva", "Joao da Silva Filho", [], False),
    ("different", "Maria Aparecida Santos", "Maria Aparecida Santos Neto", [], False),
    ("different", "Jose Carlos Pereira", "Jose Carlos", [], False),
    ("different", "Ana Paula Souza", "Paula Souza Andrade", [], False),
    # Near names one letter apart: two people, but indistinguishable from a typo by spelling alone (documents decide).
    ("near-name", "Paulo Roberto Souza", "Paula Roberta Souza", [], False),
    ("near-name", "Mario Lima Costa", "Maria Lima Costa", [], False),
    ("near-name", "Joao Pedro Silva", "Joana Pedro Silva", [], False),
]
for kind, query, name, aliases, expected in CURATED:
    row(kind, cpf(), query, "PERSON", name, expected, aliases=aliases)

print("kind;query_doc;query_name;entry_kind;entry_name;entry_aliases;entry_documents;entry_masked_cpfs;expected")
print("\n".join(rows))
