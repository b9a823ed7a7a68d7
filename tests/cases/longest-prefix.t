# prep longest-prefix: SPEC.md §2 longest-prefix, §1 conventions.

=== the issue's example, prefixes without labels
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt
< +14151234567
< +14125550000
< +442071234567
> +14151234567	+1415123
> +14125550000	+1412
> +442071234567	-

=== the built-in sample, with labels
$ longest-prefix --prefixes data/longest-prefix/prefixes.txt data/longest-prefix/sample.txt
> +14151234567	+1415123	San Francisco test block
> +1 (412) 555-0000	+1412	Pittsburgh, PA
> +442071234567	-

=== labels: the rest of the line after the prefix's separators, trailing blanks dropped
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-labels.txt
< +44 20 7946 0000
< +44 161 000
< 1-800-FLOWERS
< 7
> +44 20 7946 0000	+4420	London
> +44 161 000	+44	UK
> 1-800-FLOWERS	+1	NANP, US and Canada
> 7	-

=== a number shorter than the prefix does not match it; the number equal to a prefix does
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt
< +141512
< +1412
< 1
> +141512	+1
> +1412	+1412
> 1	+1

=== numbers are printed as written, blanks around them trimmed, comments skipped
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt
< # calls
<    +1 (415) 123-4567   
<
< 00442071234567
> +1 (415) 123-4567	+1415123
> 00442071234567	-

=== --common
$ longest-prefix --prefixes data/longest-prefix/prefixes.txt --common data/longest-prefix/common.txt
> +1412

=== --common, numbers with nothing listed in common
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt --common
< +14151234567
< +442071234567
> -

=== --common with one number
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt --common
< +14151239999
> +1415123

=== --common with no numbers
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt --common
> -

=== --common --json
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt --common --json
< +14151234567
< +14159999999
> "+1"

=== --common --json, nothing in common
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt --common --json
< 2
> null

=== json
$ longest-prefix --prefixes data/longest-prefix/prefixes.txt --json
< +14151234567
< +1 (555) 000
< +442071234567
> [{"number":"+14151234567","prefix":"+1415123","label":"San Francisco test block"},{"number":"+1 (555) 000","prefix":"+1","label":null},{"number":"+442071234567","prefix":null,"label":null}]

=== json, empty input
$ longest-prefix --prefixes data/longest-prefix/prefixes.txt --json
> []

=== empty input
$ longest-prefix --prefixes data/longest-prefix/prefixes.txt

=== an empty prefix table: no number has a prefix
$ longest-prefix --prefixes tests/cases/fixtures/vanity-codes-comments.txt
< 123
> 123	-

=== a number with * is an input error; earlier results stay printed
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt
< +14151234567
< +1415*1234567
< +14151234567
> +14151234567	+1415123
! prep: <stdin>:2:6: error: '*' is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a bad number with --common prints nothing
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt --common
< +14151234567
< +1415*1234567
! prep: <stdin>:2:6: error: '*' is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a bad number with --json prints nothing
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plain.txt --json
< +14151234567
< +1415/1234567
! prep: <stdin>:2:6: error: '/' is not allowed in a phone number (digits, letters, spaces and + - ( ) . only)
? 1

=== a prefix with a letter
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-letter.txt
< +14151234567
! prep: tests/cases/fixtures/prefixes-letter.txt:2:4: error: 'A' in prefix '+14A5': a prefix is digits with an optional leading '+'
? 1

=== a prefix with a dash
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-dash.txt
< +14151234567
! prep: tests/cases/fixtures/prefixes-dash.txt:2:3: error: '-' in prefix '+1-415': a prefix is digits with an optional leading '+'
? 1

=== a prefix without digits
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-plus.txt
< +14151234567
! prep: tests/cases/fixtures/prefixes-plus.txt:2:1: error: prefix '+' has no digit
? 1

=== a duplicate prefix names both lines
$ longest-prefix --prefixes tests/cases/fixtures/prefixes-duplicate.txt
< +14151234567
! prep: tests/cases/fixtures/prefixes-duplicate.txt:5:1: error: duplicate prefix '1412': already listed on line 3 as '+1412'
? 1

=== a prefix file that does not exist
$ longest-prefix --prefixes tests/cases/fixtures/no-such-prefixes.txt
< +14151234567
! prep: tests/cases/fixtures/no-such-prefixes.txt: error: cannot open: No such file or directory
? 1

=== --prefixes missing is a usage error
$ longest-prefix
< +14151234567
! prep: error: longest-prefix needs a prefix table: give --prefixes FILE
? 2

=== --prefixes without a value
$ longest-prefix --prefixes
!~ --prefixes
? 2
