# prep vanity: SPEC.md §2 vanity, §1 conventions.

=== the classic sample, --sorted
$ vanity --code TWLO --code CODE --code HTCH --sorted
< +17474824380
< +14157088956
< +919810155555
< +15109926333
< +1415123456
> +14157088956
> +15109926333
> +17474824380

=== default: matching numbers as written, in input order
$ vanity --code TWLO --code CODE --code HTCH
< +17474824380
< +14157088956
< +919810155555
< +15109926333
< +1415123456
> +17474824380
> +14157088956
> +15109926333

=== codes from a file, with comments, blanks, case, duplicates and a code with the same digits
$ vanity --codes tests/cases/fixtures/vanity-codes.txt --matches
< +17474824380
< +14157088956
< +15109926333
< +1415123456
> +17474824380	HTCH
> +14157088956	TWLO,8956
> +15109926333	code

=== --code values come before the --codes file, matches in code order
$ vanity --codes tests/cases/fixtures/vanity-codes.txt --code 08 --matches
< +14157088956
> +14157088956	08,TWLO,8956

=== numbers are normalized: separators, letters on the keypad, either case
$ vanity --code FLOWERS --code 555
< 1-800-FLOWERS
< 1 (800) 356-9377
< +1 (415) 555-0123
< 1.800.flowers
< +1 415 123 4567
> 1-800-FLOWERS
> 1 (800) 356-9377
> +1 (415) 555-0123
> 1.800.flowers

=== numbers are printed as written, blanks around them trimmed, CRLF accepted
$ vanity --code 8956
<x 20202b3134313537303838393536200d0a2b313431353132333435360d0a
> +14157088956

=== overlapping codes and codes inside codes
$ vanity --code 121 --code 21 --code 1 --code 11 --matches
< 1121
< 2222
< 111
> 1121	121,21,1,11
> 111	1,11

=== duplicates kept in input order, removed by --sorted
$ vanity --code TWLO
< +2 8956
< +1 8956
< +2 8956
> +2 8956
> +1 8956
> +2 8956

=== --sorted is byte order and unique
$ vanity --code TWLO --sorted
< +2 8956
< +1 8956
< +2 8956
< 18956
< (1) 8956
> (1) 8956
> +1 8956
> +2 8956
> 18956

=== -c counts matching numbers
$ vanity --code TWLO -c
< +2 8956
< +1 8956
< +2 8956
< 123
> 3

=== -c with --sorted counts distinct numbers
$ vanity --code TWLO -c --sorted
< +2 8956
< +1 8956
< +2 8956
> 2

=== --count and no match
$ vanity --code TWLO --count
< 123
> 0

=== --sorted --matches
$ vanity --code TWLO --code 1 --sorted --matches
< 28956
< 18956
< 28956
> 18956	TWLO,1
> 28956	TWLO

=== json
$ vanity --code TWLO --code CODE --code HTCH --json
< +17474824380
< +14157088956
< +919810155555
> ["+17474824380","+14157088956"]

=== json --matches
$ vanity --code TWLO --code 8956 --json --matches
< +14157088956
< 123
> [{"number":"+14157088956","codes":["TWLO","8956"]}]

=== json --sorted
$ vanity --code 1 --json --sorted
< 21
< 1
< 21
> ["1","21"]

=== json -c
$ vanity --code 1 --json -c
< 21
< 1
> 2

=== empty input
$ vanity --code TWLO

=== empty input, json
$ vanity --code TWLO --json
> []

=== empty input, -c
$ vanity --code TWLO -c
> 0

=== a codes file of comments only: nothing matches
$ vanity --codes tests/cases/fixtures/vanity-codes-comments.txt
< 123

=== codes file with CRLF
$ vanity --codes tests/cases/fixtures/vanity-codes-crlf.txt
< 8956
< 2633
< 1
> 8956
> 2633

=== a number with * is an input error; earlier results stay printed
$ vanity --code TWLO
< +14157088956
< +1415*7088956
< +14157088956
> +14157088956
! prep: <stdin>:2:6: error: '*' is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a bad number with --sorted prints nothing
$ vanity --code TWLO --sorted
< +14157088956
< +1415*7088956
! prep: <stdin>:2:6: error: '*' is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a bad number with -c prints nothing
$ vanity --code TWLO -c
< +14157088956
< #
< 1#
! prep: <stdin>:3:2: error: '#' is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a bad number with --json prints nothing
$ vanity --code TWLO --json
< +14157088956
< 1_2
! prep: <stdin>:2:2: error: '_' is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a tab inside a number
$ vanity --code TWLO
< 1	2
! prep: <stdin>:1:2: error: a tab is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== error column counts characters, not bytes
$ vanity --code TWLO
< +1 ☎ 8956
! prep: <stdin>:1:4: error: '☎' (U+260E) is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a number without digits
$ vanity --code TWLO
< 8956
< (+)
> 8956
! prep: <stdin>:2:1: error: phone number '(+)' has no digit
? 1

=== a code with ! in a --codes file: input error naming the file, line and column
$ vanity --codes tests/cases/fixtures/vanity-codes-bang.txt
< 8956
! prep: tests/cases/fixtures/vanity-codes-bang.txt:2:3: error: '!' is not allowed in a code (digits, letters, spaces and + - ( ) . only)
? 1

=== a bad code after comments, blank and CRLF lines: its own line, the column in characters
$ vanity --codes tests/cases/fixtures/vanity-codes-late-error.txt
< 8956
! prep: tests/cases/fixtures/vanity-codes-late-error.txt:7:3: error: '☎' (U+260E) is not allowed in a code (digits, letters, spaces and + - ( ) . only)
? 1

=== a code longer than any number still counts, next to a short one
$ vanity --codes tests/cases/fixtures/vanity-codes-long.txt --matches
< +14157088956
< 01234567890123456789
> +14157088956	8956
> 01234567890123456789	1234567890123456

=== an empty code in a --codes file
$ vanity --codes tests/cases/fixtures/vanity-codes-empty.txt
< 8956
! prep: tests/cases/fixtures/vanity-codes-empty.txt:2:3: error: code '()' has no digit
? 1

=== a --codes file that does not exist
$ vanity --codes tests/cases/fixtures/no-such-codes.txt
< 8956
! prep: tests/cases/fixtures/no-such-codes.txt: error: cannot open: No such file or directory
? 1

=== a bad --code is a usage error
$ vanity --code 'TW!LO'
< 8956
! prep: error: --code 'TW!LO': '!' is not allowed in a code (letters, digits, spaces and + - ( ) . only)
? 2

=== an empty --code is a usage error
$ vanity --code ''
< 8956
! prep: error: --code '': a code needs at least one letter or digit
? 2

=== no codes at all is a usage error
$ vanity
< 8956
! prep: error: vanity needs codes: give --code WORD or --codes FILE
? 2

=== -c and --matches together
$ vanity --code 1 -c --matches
< 1
! prep: error: -c counts numbers and --matches lists codes: give one
? 2

=== --code without a value
$ vanity --code
!~ --code
? 2

=== numbers from a file argument
$ vanity --code CODE data/vanity/sample.txt
> +15109926333

=== a byte that is not UTF-8
$ vanity --code 1
<x 3132ff330a
! prep: <stdin>:1:3: error: the byte 0xFF (not UTF-8) is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== an invisible character is named by its code point
$ vanity --code 1
<x efbbbf3132330a
! prep: <stdin>:1:1: error: '﻿' (U+FEFF) is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a NUL byte
$ vanity --code 1
<x 31320033
! prep: <stdin>:1:3: error: the control character 0x00 is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a very long number and a long code
$ vanity --code 11111111111111111111111111111111111111111111111111 -c
< 1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111
< 111111111111111111111111111111111111111111111111
> 1
