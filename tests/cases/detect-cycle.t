# prep detect-cycle: SPEC.md §2 detect-cycle, §1 conventions.

=== a three-node cycle
$ detect-cycle
< a b
< b c
< c a
> cycle
> a b c a

=== a self-loop
$ detect-cycle
< x x
> cycle
> x x

=== the cycle need not start at the first node
$ detect-cycle
< start a
< a b
< b c
< c a
> cycle
> a b c a

=== a diamond is acyclic
$ detect-cycle
< a b
< a c
< b d
< c d
> acyclic

=== acyclic with --order: sources first, in order of first appearance
$ detect-cycle --order
< shirt tie
< tie jacket
< socks shoes
< pants shoes
< pants belt
< belt jacket
< watch
> acyclic
> shirt socks pants watch tie shoes belt jacket

=== --order on a cyclic graph prints only the cycle
$ detect-cycle --order
< a b
< b a
< c
> cycle
> a b a

=== separators: commas and tabs, comments, blank lines, CRLF
$ detect-cycle --order
< # a comment
<x 612c20620d0a0d0a09202320696e64656e7465640a6209630a
> acyclic
> a b c

=== node names are any tokens (case-sensitive, unicode)
$ detect-cycle
< A a
< a é
< é A
> cycle
> A a é A

=== duplicate edges and a declared node are fine
$ detect-cycle --order
< a b
< a b
< b
< z
> acyclic
> a z b

=== empty input
$ detect-cycle
> acyclic

=== empty input with --order: an empty order line
$ detect-cycle --order
> acyclic
>

=== only comments
$ detect-cycle --order
< # nothing here
> acyclic
>

=== missing final newline
$ detect-cycle
< a a
% no-newline
> cycle
> a a

=== json: a cycle
$ detect-cycle --json
< a b
< b a
> {"cycle":["a","b","a"]}

=== json: acyclic
$ detect-cycle --json
< a b
> {"cycle":null}

=== json: acyclic with --order
$ detect-cycle --json --order
< a b
< "q" a
> {"cycle":null,"order":["\"q\"","a","b"]}

=== json: empty graph with --order
$ detect-cycle --json --order
> {"cycle":null,"order":[]}

=== JSON edge list in, text out
$ detect-cycle
< [["a","b"],["b","c"],["c","a"]]
> cycle
> a b c a

=== JSON edge list: the number 1 and the string "1" are the same node
$ detect-cycle
< [[1,2],["2","1"]]
> cycle
> 1 2 1

=== JSON edge list across lines, with a one-element list declaring a node
$ detect-cycle --order
< [ ["x", 2],
<   ["y"] ]
> acyclic
> x y 2

=== JSON edge list, empty
$ detect-cycle --order --json
< []
> {"cycle":null,"order":[]}

=== JSON edge list with escapes
$ detect-cycle --json
< [["a\"b","\u00e9"],["é","a\"b"]]
> {"cycle":["a\"b","é","a\"b"]}

=== file argument
$ detect-cycle data/detect-cycle/sample.txt
> cycle
> shop cook eat wash shop

# Bad input: exit 1, the place, nothing on standard output.

=== three tokens on an edge line
$ detect-cycle
< a b
< b c d
! prep: <stdin>:2:5: error: unexpected 'd': expected 'FROM TO' or a single node
? 1

=== three tokens, with --json: nothing on stdout
$ detect-cycle --json
< a b c
! prep: <stdin>:1:5: error: unexpected 'c': expected 'FROM TO' or a single node
? 1

=== JSON edge list: an edge of three
$ detect-cycle
< [["a","b"],
<  ["a","b","c"]]
! prep: <stdin>:2:2: error: expected [FROM,TO], found a list of 3 values
? 1

=== JSON edge list: an empty edge
$ detect-cycle
< [[]]
! prep: <stdin>:1:2: error: expected [FROM,TO], found a list of 0 values
? 1

=== JSON edge list: not a list of lists
$ detect-cycle
< ["a","b"]
! prep: <stdin>:1:2: error: expected [FROM,TO], found a string
? 1

=== JSON edge list: a null name
$ detect-cycle
< [["a",null]]
! prep: <stdin>:1:7: error: expected a node name (a string or an integer), found null
? 1

=== JSON edge list: unterminated
$ detect-cycle
< [["a","b"]
! prep: <stdin>:1:11: error: unterminated list: expected ',' or ']'
? 1

=== JSON edge list: text after it
$ detect-cycle
< [["a","b"]] x
! prep: <stdin>:1:13: error: unexpected text after the edge list
? 1

=== a file that does not exist
$ detect-cycle tests/cases/fixtures/no-such-file.txt
!~ no-such-file.txt
? 1
