package scaffold

import (
	"fmt"
	"path/filepath"
	"strings"
)

// CIs lists the continuous-integration services `init --ci` knows.
var CIs = []string{"github", "gitlab"}

// WriteCI writes, under root (the repository's root), a pipeline that
// checks the portal in source (a path relative to root) on every pull or
// merge request, with annotations on GitHub, and publishes the built site
// from the default branch. It returns the file written.
func WriteCI(root, ci, source string) (string, error) {
	source = filepath.ToSlash(filepath.Clean(source))
	var rel, text string
	switch ci {
	case "github":
		rel, text = ".github/workflows/okrportal.yml", githubWorkflow
	case "gitlab":
		rel, text = ".gitlab-ci.yml", gitlabPipeline
	default:
		return "", fmt.Errorf("--ci %q is not one of %s", ci, strings.Join(CIs, ", "))
	}
	path := filepath.Join(root, filepath.FromSlash(rel))
	return path, writeNew(path, strings.ReplaceAll(text, "SOURCE", source))
}

// installOkrportal installs okrportal with Go; the module proxy must reach it
// (set GOPROXY or GOPRIVATE for an internal host).
const installOkrportal = "go install github.com/okrportal/okrportal/cmd/okrportal@latest"

var githubWorkflow = `# Checks the OKR portal on every pull request (errors become annotations on
# the changed lines) and publishes it to GitHub Pages from the main branch.
# Enable Pages with "GitHub Actions" as the source in the repository settings.
name: okrportal
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.26"
      - run: ` + installOkrportal + `
      - run: okrportal check --format github -s SOURCE
  publish:
    if: github.event_name == 'push'
    needs: check
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deploy.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.26"
      - run: ` + installOkrportal + `
      - run: okrportal build --quiet -s SOURCE -d public
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public
      - id: deploy
        uses: actions/deploy-pages@v4
`

var gitlabPipeline = `# Checks the OKR portal on every merge request and publishes it to GitLab
# Pages from the default branch.
default:
  image: golang:1.26
  before_script:
    - ` + installOkrportal + `
check:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - okrportal check -s SOURCE
pages:
  needs: [check]
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - okrportal build --quiet -s SOURCE -d public
  artifacts:
    paths: [public]
`
