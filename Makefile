# okrportal — the everyday commands. `make help` lists them.
GO      ?= go
BIN     ?= bin/okrportal
SOURCE  ?= content
DEST    ?= public
FUZZTIME ?= 5s

.PHONY: help build run serve test vet fuzz bench clean browsertest

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

build: ## compile the okrportal binary into bin/
	$(GO) build -trimpath -o $(BIN) ./cmd/okrportal

run: build ## check and build the demo portal in content/ into public/
	$(BIN) check -s $(SOURCE)
	$(BIN) build -s $(SOURCE) -d $(DEST)
	@echo "Open $(DEST)/index.html in a browser, or run: make serve"

serve: build ## preview the demo portal with live reload on http://127.0.0.1:8080
	$(BIN) serve -s $(SOURCE)

# The browser tests run without -race: their time goes to Chromium and to
# building a 10,000-objective portal, which the race detector slows several
# times over while the build's concurrency is already raced by
# generator/site's own tests.
test: vet ## vet, the race-enabled test suite, the browser tests, and each fuzz target for $(FUZZTIME)
	$(GO) test -race -count=1 $$($(GO) list ./... | grep -v /browsertest$$)
	$(GO) test -count=1 ./browsertest
	@$(MAKE) --no-print-directory fuzz

browsertest: ## the browser tests alone (needs chromium and axe-core; see README)
	$(GO) test -count=1 -v ./browsertest

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }

fuzz: ## run every fuzz target for $(FUZZTIME) each
	FUZZTIME=$(FUZZTIME) scripts/fuzz-all.sh

bench: ## pipeline benchmarks (not part of make test)
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin $(DEST)
