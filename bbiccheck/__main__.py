from bbiccheck.cli import main

main()
